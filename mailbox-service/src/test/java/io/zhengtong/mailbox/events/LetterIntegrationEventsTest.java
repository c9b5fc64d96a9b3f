package io.zhengtong.mailbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every step of a letter goes out as a public event that consumers can use and that leaks nobody's personal data. */
class LetterIntegrationEventsTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    static final Mailbox COUNTY_HEAD = new Mailbox("county-head", "县长信箱", "gov-office");
    static final Actor DISPATCHER = Actor.staff("lina", "李娜", "gov-office", Role.DISPATCHER);
    static final Actor LEADER = Actor.staff("zhaoxian", "赵县长", "gov-office", Role.LEADER);
    static final Actor CLERK = Actor.staff("zhoumin", "周敏", "housing", Role.STAFF);
    static final Actor HOUSING_HEAD = Actor.staff("wuju", "吴局长", "housing", Role.LEADER);
    static final String PHONE = "13812341234";
    static final String ID_NUMBER = "61033019900101123X";
    static final Instant RECEIVED = shanghai("2025-09-29T10:00");
    static final Instant NOW = shanghai("2025-10-09T09:30");

    final List<IntegrationEvent> published = new ArrayList<>();
    final LetterIntegrationEvents events = new LetterIntegrationEvents(event -> published.add((IntegrationEvent) event));

    static Instant shanghai(String at) {
        return LocalDateTime.parse(at).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    Letter submitted() {
        LetterContent content = new LetterContent(COUNTY_HEAD, LetterType.COMPLAINT, "小区门口路灯坏了三个月",
                "凤州路12号小区门口路灯坏了三个月，请尽快维修。",
                new Contact("张三", PHONE, "zhangsan@example.com", ID_NUMBER), true);
        return Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(7)), "{bcrypt}hash",
                Actor.writer(null, "张三"), RECEIVED, CALENDAR.compute(WorkingDayCalendar.dateOf(RECEIVED), 7));
    }

    @Test
    void theWholeLifecycleGoesOutStepByStepKeyedByTheLetterOnTheMailboxTopic() {
        Letter letter = submitted();
        events.publish(letter);
        letter.accept(DISPATCHER, RECEIVED.plusSeconds(3600), LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
        events.publish(letter);
        letter.forwardToLeader(DISPATCHER, NOW, "zhaoxian", "赵县长", null);
        events.publish(letter);
        letter.instruct(LEADER, NOW, Assignment.to("housing", "power-supply"), "请住建局牵头办理。");
        events.publish(letter);
        letter.signFor(CLERK, NOW);
        letter.requestExtension(CLERK, NOW, 3, "需等待供电公司更换线缆");
        events.publish(letter);
        letter.grantExtension(DISPATCHER, NOW, 2, null, CALENDAR);
        letter.submitReply(CLERK, NOW, "您好，路灯已修复。");
        letter.approveReply(HOUSING_HEAD, NOW, null);
        events.publish(letter);
        letter.rate(Actor.citizen(letter.trackingCode()), NOW, Rating.SATISFIED, "修得很快");
        events.publish(letter);

        assertThat(published).extracting(e -> e.getClass().getAnnotation(EventContract.class).type()).containsExactly(
                "zhengtong.mailbox.letter.submitted.v1", "zhengtong.mailbox.letter.accepted.v1",
                "zhengtong.mailbox.letter.forwarded.v1", "zhengtong.mailbox.letter.instructed.v1",
                "zhengtong.mailbox.letter.signed-for.v1", "zhengtong.mailbox.letter.extension-requested.v1",
                "zhengtong.mailbox.letter.extension-granted.v1", "zhengtong.mailbox.letter.reply-submitted.v1",
                "zhengtong.mailbox.letter.replied.v1", "zhengtong.mailbox.letter.rated.v1");
        assertThat(published).allSatisfy(e -> {
            assertThat(e.getClass().getAnnotation(EventContract.class).topic()).isEqualTo("mailbox.letters");
            assertThat(e.aggregateId()).isEqualTo(letter.id().toString());
        });
        assertThat(published).extracting(IntegrationEvent::eventId).doesNotHaveDuplicates();
        assertThat(letter.events()).isEmpty();

        LetterInstructed instructed = (LetterInstructed) published.get(3);
        assertThat(instructed.letter().status()).isEqualTo("ASSIGNED");
        assertThat(instructed.letter().leadUnit()).isEqualTo("housing");
        assertThat(instructed.letter().assistingUnits()).containsExactly("power-supply");
        assertThat(instructed.letter().dueDate()).isEqualTo(LocalDate.parse("2025-10-15"));
        assertThat(instructed.by()).isEqualTo(new ActedBy("zhaoxian", "gov-office", "LEADER"));
        assertThat(((LetterForwardedToLeader) published.get(2)).letter().designatedLeader()).isEqualTo("zhaoxian");
        assertThat(((LetterExtensionRequested) published.get(5)).requestedDays()).isEqualTo(3);
        assertThat(((LetterExtensionGranted) published.get(6)).letter().extensionDays()).isEqualTo(2);
        LetterReplied replied = (LetterReplied) published.get(8);
        assertThat(replied.answeredOnTime()).isTrue();
        assertThat(replied.letter().status()).isEqualTo("ANSWERED");
        LetterRated rated = (LetterRated) published.get(9);
        assertThat(rated.rating()).isEqualTo("SATISFIED");
        assertThat(rated.letter().status()).isEqualTo("CLOSED");
        assertThat(rated.by()).isEqualTo(new ActedBy(null, null, "CITIZEN"));
    }

    @Test
    void aLetterTakenBackFromTheLeaderGoesOutAsAcceptedAgainNamingTheLeaderItWasTakenFromAndTheReason() {
        Letter letter = submitted();
        letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
        letter.forwardToLeader(DISPATCHER, NOW, "zhaoxian", "赵县长", null);
        letter.takeEvents();

        letter.withdrawFromLeader(DISPATCHER, NOW, "  赵县长外出学习 ");
        events.publish(letter);

        assertThat(published).singleElement().isInstanceOf(LetterWithdrawnFromLeader.class);
        LetterWithdrawnFromLeader withdrawn = (LetterWithdrawnFromLeader) published.getFirst();
        assertThat(withdrawn.getClass().getAnnotation(EventContract.class).type())
            .isEqualTo("zhengtong.mailbox.letter.withdrawn-from-leader.v1");
        assertThat(withdrawn.letter().status()).isEqualTo("ACCEPTED");
        assertThat(withdrawn.letter().designatedLeader()).as("the letter after the step waits for nobody").isNull();
        assertThat(withdrawn.by()).isEqualTo(new ActedBy("lina", "gov-office", "DISPATCHER"));
        // The letter forgot its leader: the event itself says whom it was taken back from, and why.
        JsonNode data = JsonMapper.builder().build().readTree(JsonMapper.builder().build().writeValueAsString(withdrawn));
        assertThat(data.get("leader").asString()).isEqualTo("zhaoxian");
        assertThat(data.get("leaderName").asString()).isEqualTo("赵县长");
        assertThat(data.get("reason").asString()).isEqualTo("赵县长外出学习");
    }

    @Test
    void aLeaderForwardedToWithoutANameFromTheDirectoryIsNamedByUsernameOnly() {
        Letter letter = submitted();
        letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
        letter.forwardToLeader(DISPATCHER, NOW, "zhaoxian", null, null);
        letter.takeEvents();

        letter.withdrawFromLeader(DISPATCHER, NOW, "改派");
        events.publish(letter);

        assertThat(published).singleElement().isInstanceOfSatisfying(LetterWithdrawnFromLeader.class, withdrawn -> {
            assertThat(withdrawn.leader()).isEqualTo("zhaoxian");
            assertThat(withdrawn.leaderName()).isNull();
            assertThat(withdrawn.reason()).isEqualTo("改派");
        });
    }

    @Test
    void noEventCarriesTheWritersNameContactIdNumberSubjectOrContent() {
        Letter letter = submitted();
        events.publish(letter);
        letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
        letter.assign(DISPATCHER, NOW, Assignment.to("housing"), "请核实");
        letter.signFor(CLERK, NOW);
        letter.submitReply(CLERK, NOW, "您好，路灯已修复。");
        letter.approveReply(DISPATCHER, NOW, null);
        letter.rate(Actor.citizen(letter.trackingCode()), NOW, Rating.UNSATISFIED, "只修了一个");
        letter.reopen(Actor.citizen(letter.trackingCode()), NOW, "还有两个不亮", CALENDAR);
        events.publish(letter);

        JsonMapper json = JsonMapper.builder().build();
        for (IntegrationEvent event : published) {
            String text = json.writeValueAsString(event);
            assertThat(text).doesNotContain(PHONE, "zhangsan", "张三", ID_NUMBER, "路灯", "凤州路", "只修了一个",
                    "还有两个不亮", letter.trackingCode().compact());
            JsonNode data = json.readTree(text);
            assertThat(data.get("letter").get("writerReachable").asBoolean()).isTrue();
            assertThat(data.get("letter").get("mailbox").asString()).isEqualTo("county-head");
        }
        assertThat(published).last().isInstanceOf(LetterReopened.class);
        assertThat(((LetterReopened) published.getLast()).letter().status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aReplyApprovedAfterTheDueDateIsMarkedLate() {
        Letter letter = submitted();
        letter.accept(DISPATCHER, NOW, LetterType.CONSULTATION, CALENDAR.compute(letter.receivedOn(), 3));
        letter.assign(DISPATCHER, NOW, Assignment.to("housing"), null);
        letter.signFor(CLERK, NOW);
        letter.submitReply(CLERK, NOW, "答复");
        letter.takeEvents();
        letter.approveReply(DISPATCHER, shanghai("2025-11-03T09:00"), null);

        events.publish(letter);

        assertThat(published).hasSize(1).first().isInstanceOfSatisfying(LetterReplied.class,
                r -> assertThat(r.answeredOnTime()).isFalse());
    }
}
