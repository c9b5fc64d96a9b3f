package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.CITIZEN;
import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.LEADER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.mailbox.web.Letters.history;
import static io.zhengtong.platform.test.DemoAccounts.EDUCATION_MAILBOX_DISPATCHER;
import static io.zhengtong.platform.test.DemoAccounts.PARTY_SECRETARY_MAILBOX_DISPATCHER;
import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.supervision.DueSoonReminders;
import io.zhengtong.mailbox.supervision.OverdueReminders;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.test.TopicRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor's due-soon and overdue lists with yellow and red cards, who sees which unit's
 * letters, and the automatic reminders raised once per step even with two instances at work.
 * Time is the test's: the service's clock is set to the days around the letter's due date.
 */
class SupervisionIT extends ClockedMailboxFixture {

    @Autowired
    OverdueReminders reminders;

    @Autowired
    DueSoonReminders dueSoon;

    /** A letter with the housing bureau, signed for; answers its id and due date. */
    Map.Entry<String, LocalDate> letterWithHousing() {
        String id = letters.write("petition", "督办 " + UUID.randomUUID(), "小区电梯停运。", Letters.freshPhone()).get("id");
        letters.acceptAndHandOverToHousing(id);
        return Map.entry(id, LocalDate.parse((String) letters.detail(DISPATCHER, id).get("dueDate")));
    }

    ResponseEntity<Map> page(String user, String query) {
        return api.get(user, "/api/mailbox/supervision/letters?" + query);
    }

    Map<String, Object> lineOn(String user, String query, String id) {
        return lineOn(api, user, query, id);
    }

    /**
     * The letter's line on a list, looked for page by page: the list starts with the longest overdue,
     * and letters other tests left unanswered (new ones too, since they are due from receipt) come first.
     */
    static Map<String, Object> lineOn(MailboxClient api, String user, String query, String id) {
        for (int page = 0; ; page++) {
            ResponseEntity<Map> answer = api.get(user, "/api/mailbox/supervision/letters?" + query + "&size=100&page=" + page);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            Map<String, Object> line = lineOf(answer, id);
            if (line != null || ((List<?>) answer.getBody().get("content")).size() < 100) {
                return line;
            }
        }
    }

    static Map<String, Object> lineOf(ResponseEntity<Map> page, String id) {
        List<Map<String, Object>> content = (List<Map<String, Object>>) page.getBody().get("content");
        return content.stream().filter(l -> id.equals(l.get("id"))).findFirst().orElse(null);
    }

    @Test
    void onItsDueDateALetterIsDueSoonAndThreeWorkingDaysLaterItIsOverdueWithARedCard() {
        var letter = letterWithHousing();
        String id = letter.getKey();
        LocalDate due = letter.getValue();

        clock.setNoonOf(due);
        assertThat(lineOn(SUPERVISOR, "view=due-soon", id)).containsEntry("workingDaysLeft", 0).containsEntry("card", "NONE")
            .containsEntry("unitCode", "housing").containsEntry("status", "IN_PROGRESS")
            .containsEntry("dueDate", due.toString());
        assertThat(lineOn(SUPERVISOR, "view=overdue", id)).isNull();

        clock.setNoonOf(calendar.addWorkingDays(due, 1));
        assertThat(lineOn(SUPERVISOR, "view=overdue", id)).containsEntry("card", "YELLOW")
            .containsEntry("workingDaysOverdue", 1);
        clock.setNoonOf(calendar.addWorkingDays(due, 3));
        Map<String, Object> red = lineOn(SUPERVISOR, "view=overdue", id);
        assertThat(red).containsEntry("card", "RED").containsEntry("cardLabel", "红牌督办")
            .containsEntry("workingDaysOverdue", 3).containsEntry("workingDaysLeft", 0);
        assertThat(lineOn(SUPERVISOR, "view=due-soon", id)).isNull();

        // Paged in the platform's shape (PageOf).
        ResponseEntity<Map> first = page(SUPERVISOR, "view=overdue&size=1");
        assertThat(first.getBody()).containsEntry("page", 0).containsEntry("size", 1);
        assertThat((List<?>) first.getBody().get("content")).hasSize(1);
        assertThat(((Number) first.getBody().get("totalElements")).longValue()).isGreaterThanOrEqualTo(1);
        ResponseEntity<Map> tooLarge = page(SUPERVISOR, "view=overdue&size=101");
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLarge.getBody()).containsEntry("type", "urn:zhengtong:problem:validation")
            .containsEntry("errors", List.of(Map.of("field", "size", "message", "每页条数（size）须在1到100之间")));
        assertThat(page(SUPERVISOR, "view=late").getStatusCode().value()).isEqualTo(400);
    }

    /**
     * Who sees which letter on each list (due soon on the due date, overdue with a red card three
     * working days later): the supervisor all of them; a dispatcher their own mailboxes' letters
     * and what their unit leads; a clerk what their unit leads; a leader also what was forwarded to
     * them. Never another unit's letter, so no line leads to a letter that answers 404.
     */
    @Test
    void aUnitsDispatcherClerkAndLeaderSeeOnlyTheirOwnLettersTheSupervisorSeesThemAll() {
        // 书记信箱 (party-office's dispatcher 高洁) handed to housing.
        String secretarys = letters.write("party-secretary", "书记信箱督办 " + UUID.randomUUID(), "小区电梯停运。",
                Letters.freshPhone()).get("id");
        letters.act(PARTY_SECRETARY_MAILBOX_DISPATCHER, secretarys, "accept");
        letters.act(PARTY_SECRETARY_MAILBOX_DISPATCHER, secretarys, "assign", "leadUnit", "housing");
        // 信访局信箱 handed to education.
        String toEducation = letters.write("petition", "教育督办 " + UUID.randomUUID(), "校车停运。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, toEducation, "accept");
        letters.act(DISPATCHER, toEducation, "assign", "leadUnit", "education");
        // 信访局信箱 forwarded to the leader 刘洋 (gov-office) for instruction.
        String forwarded = letters.write("petition", "领导批办督办 " + UUID.randomUUID(), "道路破损。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, forwarded, "accept");
        letters.act(DISPATCHER, forwarded, "forward", "leader", LEADER, "leaderName", "刘洋");
        LocalDate due = LocalDate.parse((String) letters.detail(SUPERVISOR, secretarys).get("dueDate"));
        assertThat(letters.detail(DISPATCHER, toEducation)).containsEntry("dueDate", due.toString());

        Map<String, List<String>> sees = new java.util.LinkedHashMap<>();
        sees.put(SUPERVISOR, List.of(secretarys, toEducation, forwarded));
        sees.put(PARTY_SECRETARY_MAILBOX_DISPATCHER, List.of(secretarys));
        sees.put(DISPATCHER, List.of(toEducation, forwarded));
        sees.put(EDUCATION_MAILBOX_DISPATCHER, List.of(toEducation));
        sees.put(HOUSING_CLERK, List.of(secretarys));
        sees.put(EDUCATION_CLERK, List.of(toEducation));
        sees.put(LEADER, List.of(forwarded));
        List<String> all = List.of(secretarys, toEducation, forwarded);

        for (LocalDate day : List.of(due, calendar.addWorkingDays(due, 3))) {
            clock.setNoonOf(day);
            String view = day.equals(due) ? "due-soon" : "overdue";
            sees.forEach((user, own) -> {
                for (String id : all) {
                    Map<String, Object> line = lineOn(user, "view=" + view, id);
                    if (own.contains(id)) {
                        assertThat(line).as("%s sees %s on %s", user, id, view).isNotNull();
                        assertThat(letters.detail(user, id)).as("%s opens %s", user, id).containsEntry("id", id);
                        if (view.equals("overdue")) {
                            assertThat(line).containsEntry("card", "RED").containsEntry("cardLabel", "红牌督办");
                        }
                    }
                    else {
                        assertThat(line).as("%s does not see %s on %s", user, id, view).isNull();
                        assertThat(api.get(user, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
                    }
                }
            });
        }

        // Narrowed to a unit: the supervisor anywhere, a dispatcher within their mailboxes, a clerk only their own unit.
        assertThat(lineOn(SUPERVISOR, "view=overdue&unit=housing", secretarys)).isNotNull();
        assertThat(lineOn(SUPERVISOR, "view=overdue&unit=education", secretarys)).isNull();
        assertThat(lineOn(PARTY_SECRETARY_MAILBOX_DISPATCHER, "view=overdue&unit=housing", secretarys)).isNotNull();
        assertThat(lineOn(EDUCATION_MAILBOX_DISPATCHER, "view=overdue&unit=housing", secretarys)).isNull();
        assertThat(lineOn(DISPATCHER, "view=overdue&unit=petition", forwarded)).as("with the leader, the mailbox's unit answers")
            .isNotNull();
        ResponseEntity<Map> housing = page(HOUSING_CLERK, "view=overdue&size=100&unit=housing");
        assertThat((List<Map<String, Object>>) housing.getBody().get("content")).extracting(l -> l.get("unitCode"))
            .containsOnly("housing");
        ResponseEntity<Map> educationAsksForHousing = page(EDUCATION_CLERK, "view=overdue&unit=housing");
        assertThat(educationAsksForHousing.getStatusCode().value()).isEqualTo(403);
        assertThat(educationAsksForHousing.getBody()).containsEntry("type", "urn:zhengtong:problem:supervision-other-unit")
            .containsEntry("detail", "您只能查看本单位的督办信件。");
        assertThat(page(EDUCATION_CLERK, "view=due-soon&unit=housing").getStatusCode().value()).isEqualTo(403);
        assertThat(page(CITIZEN, "view=overdue").getStatusCode().value()).isEqualTo(403);
        assertThat(page(CITIZEN, "view=due-soon").getStatusCode().value()).isEqualTo(403);
        assertThat(page(null, "view=overdue").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anOverdueLetterIsRemindedOnceWhenItTurnsYellowAndOnceWhenItTurnsRedEvenWithTwoInstances() throws Exception {
        var letter = letterWithHousing();
        String id = letter.getKey();
        LocalDate due = letter.getValue();

        assertThat(remindAt(id, due)).as("not overdue on its due date").isFalse();
        assertThat(remindAt(id, calendar.addWorkingDays(due, 1))).isTrue();
        assertThat(remindAt(id, calendar.addWorkingDays(due, 1))).as("the yellow card is announced once").isFalse();
        assertThat(remindAt(id, calendar.addWorkingDays(due, 2))).as("still yellow").isFalse();

        // Two instances reach the red card at the same moment: one of them announces it.
        Instant redDay = noonOf(calendar.addWorkingDays(due, 3));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> reminders.remindAt(redDay));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> reminders.remindAt(redDay));
        one.get();
        two.get();

        List<Map<String, Object>> reminded = history(letters.detail(SUPERVISOR, id)).stream()
            .filter(h -> "OVERDUE_REMINDER".equals(h.get("action"))).toList();
        assertThat(reminded).extracting(h -> h.get("remark"))
            .containsExactly("自动提醒：超期1个工作日（黄牌警告）", "自动提醒：超期3个工作日（红牌督办）");
        assertThat(reminded).allSatisfy(h -> assertThat(h.get("username")).isNull());

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.read(kafka, "test.mailbox.letters",
                r -> id.equals(r.key()) && "zhengtong.mailbox.letter.overdue.v1".equals(header(r, "ce_type")), 3,
                Duration.ofSeconds(20));
        JsonMapper json = JsonMapper.builder().build();
        assertThat(events).hasSize(2);
        JsonNode yellow = json.readTree(events.get(0).value());
        JsonNode red = json.readTree(events.get(1).value());
        assertThat(yellow.get("card").asString()).isEqualTo("YELLOW");
        assertThat(yellow.get("workingDaysOverdue").asInt()).isEqualTo(1);
        assertThat(yellow.get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(yellow.get("unitCode").asString()).isEqualTo("housing");
        assertThat(yellow.get("letter").get("leadUnit").asString()).isEqualTo("housing");
        assertThat(red.get("card").asString()).isEqualTo("RED");
        assertThat(red.get("workingDaysOverdue").asInt()).isEqualTo(3);
        assertThat(new String(events.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("李四");

        // Answered letters are no longer reminded.
        clock.reset();
        letters.answer(id);
        assertThat(remindAt(id, calendar.addWorkingDays(due, 10))).isFalse();
    }

    @Test
    void aLetterDueOnFridayIsOverdueWithoutACardOnSaturdayAndGetsItsYellowCardOnMonday() {
        // A consultation written Tuesday 2026-12-08 is due Friday 2026-12-11 (3 working days).
        clock.setNoonOf(LocalDate.of(2026, 12, 8));
        String id = letters.write("petition", "咨询 " + UUID.randomUUID(), "社保转移如何办理？", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, id, "accept", "type", "CONSULTATION");
        letters.act(DISPATCHER, id, "assign", "leadUnit", "housing");
        assertThat(letters.detail(DISPATCHER, id)).containsEntry("dueDate", "2026-12-11");

        clock.setNoonOf(LocalDate.of(2026, 12, 12));
        assertThat(lineOn(SUPERVISOR, "view=overdue", id)).containsEntry("card", "NONE")
            .containsEntry("standing", "OVERDUE").containsEntry("workingDaysOverdue", 0).containsEntry("status", "ASSIGNED");
        assertThat(remindAt(id, LocalDate.of(2026, 12, 12))).as("it becomes overdue").isTrue();
        assertThat(remindAt(id, LocalDate.of(2026, 12, 13))).as("Sunday: nothing new").isFalse();
        assertThat(remindAt(id, LocalDate.of(2026, 12, 14))).as("Monday: yellow card").isTrue();
        assertThat(history(letters.detail(SUPERVISOR, id))).filteredOn(h -> "OVERDUE_REMINDER".equals(h.get("action")))
            .extracting(h -> h.get("remark"))
            .containsExactly("自动提醒：已超过截止日期（12月11日）", "自动提醒：超期1个工作日（黄牌警告）");
    }

    @Test
    void theHandlingUnitIsToldOnceThatALetterIsDueSoonEvenWithTwoInstancesAndAgainForItsExtendedDueDate() throws Exception {
        var letter = letterWithHousing();
        String id = letter.getKey();
        LocalDate due = letter.getValue();
        LocalDate dayBefore = previousWorkingDay(due);

        dueSoon.remindAt(noonOf(previousWorkingDay(dayBefore)));
        assertThat(dueSoonEvents(id, 1, Duration.ofSeconds(5))).as("two working days left: not yet").isEmpty();

        // One working day left (due-soon-within 1): two instances at once, then a restarted one.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> dueSoon.remindAt(noonOf(dayBefore)));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> dueSoon.remindAt(noonOf(dayBefore)));
        one.get();
        two.get();
        dueSoon.remindAt(noonOf(due));

        // An extension moves the due date: the new one is announced in its turn.
        letters.act(HOUSING_CLERK, id, "extension-request", "days", 2, "reason", "需协调物业公司");
        letters.act(DISPATCHER, id, "extension-grant", "days", 2);
        LocalDate extended = LocalDate.parse((String) letters.detail(DISPATCHER, id).get("dueDate"));
        assertThat(extended).isEqualTo(calendar.addWorkingDays(due, 2));
        dueSoon.remindAt(noonOf(extended));
        dueSoon.remindAt(noonOf(extended));

        List<ConsumerRecord<String, byte[]>> events = dueSoonEvents(id, 3, Duration.ofSeconds(20));
        JsonMapper json = JsonMapper.builder().build();
        assertThat(events).hasSize(2);
        JsonNode first = json.readTree(events.get(0).value());
        assertThat(first.get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(first.get("workingDaysLeft").asInt()).isEqualTo(1);
        assertThat(first.get("unitCode").asString()).isEqualTo("housing");
        assertThat(first.get("by").get("username").isNull()).isTrue();
        JsonNode second = json.readTree(events.get(1).value());
        assertThat(second.get("dueDate").asString()).isEqualTo(extended.toString());
        assertThat(second.get("workingDaysLeft").asInt()).isEqualTo(0);
        assertThat(new String(events.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("李四", "电梯");

        // Nothing in the history: nobody acted (the notification log shows what was sent).
        assertThat(history(letters.detail(SUPERVISOR, id))).extracting(h -> h.get("action")).doesNotContain("OVERDUE_REMINDER");
    }

    @Test
    void anAnsweredLetterIsNeverAnnouncedDueSoon() {
        var letter = letterWithHousing();
        letters.answer(letter.getKey());

        dueSoon.remindAt(noonOf(letter.getValue()));

        assertThat(dueSoonEvents(letter.getKey(), 1, Duration.ofSeconds(5))).isEmpty();
    }

    private List<ConsumerRecord<String, byte[]>> dueSoonEvents(String id, int atMost, Duration patience) {
        return TopicRecords.read(kafka, "test.mailbox.letters",
                r -> id.equals(r.key()) && "zhengtong.mailbox.letter.due-soon.v1".equals(header(r, "ce_type")), atMost, patience);
    }

    private LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Runs the reminders at noon of that day; answers whether this letter got a new reminder. */
    private boolean remindAt(String id, LocalDate day) {
        long before = reminderLines(id);
        reminders.remindAt(noonOf(day));
        return reminderLines(id) > before;
    }

    private long reminderLines(String id) {
        return history(letters.detail(SUPERVISOR, id)).stream().filter(h -> "OVERDUE_REMINDER".equals(h.get("action"))).count();
    }

    static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(WorkingDayCalendar.ZONE).toInstant();
    }
}
