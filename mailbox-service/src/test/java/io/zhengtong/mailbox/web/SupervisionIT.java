package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.CITIZEN;
import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.mailbox.web.Letters.history;
import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

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
        ResponseEntity<Map> dueSoon = page(SUPERVISOR, "view=due-soon&size=100");
        assertThat(dueSoon.getStatusCode().value()).isEqualTo(200);
        assertThat(lineOf(dueSoon, id)).containsEntry("workingDaysLeft", 0).containsEntry("card", "NONE")
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

    @Test
    void supervisorAndDispatcherSeeEveryUnitAUnitsClerkOnlyTheirOwn() {
        var letter = letterWithHousing();
        String id = letter.getKey();
        clock.setNoonOf(calendar.addWorkingDays(letter.getValue(), 2));

        assertThat(lineOn(SUPERVISOR, "view=overdue", id)).isNotNull();
        assertThat(lineOn(DISPATCHER, "view=overdue", id)).isNotNull();
        assertThat(lineOn(SUPERVISOR, "view=overdue&unit=housing", id)).isNotNull();
        assertThat(lineOn(SUPERVISOR, "view=overdue&unit=education", id)).isNull();
        ResponseEntity<Map> housing = page(HOUSING_CLERK, "view=overdue&size=100");
        assertThat(lineOf(housing, id)).isNotNull();
        assertThat((List<Map<String, Object>>) housing.getBody().get("content")).extracting(l -> l.get("unitCode"))
            .containsOnly("housing");

        ResponseEntity<Map> education = page(EDUCATION_CLERK, "view=overdue&size=100");
        assertThat(education.getStatusCode().value()).isEqualTo(200);
        assertThat(lineOf(education, id)).isNull();
        ResponseEntity<Map> educationAsksForHousing = page(EDUCATION_CLERK, "view=overdue&unit=housing");
        assertThat(educationAsksForHousing.getStatusCode().value()).isEqualTo(403);
        assertThat(educationAsksForHousing.getBody()).containsEntry("type", "urn:zhengtong:problem:supervision-other-unit");
        assertThat(page(CITIZEN, "view=overdue").getStatusCode().value()).isEqualTo(403);
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
            .containsExactly("自动提醒：已超期（截止2026-12-11）", "自动提醒：超期1个工作日（黄牌警告）");
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
