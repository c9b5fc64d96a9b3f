package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator loads a changed year into the calendar and an open letter's due date moves:
 * the PUT stores the new schedule, the outbox publishes it on the calendar topic, the service's
 * one calendar follows it and the open letters are recomputed. This test runs the calendar's
 * administration inside the mailbox service (in production it is the portal's) and uses topics of
 * its own, so other tests' calendars never see its schedule.
 */
class CalendarChangeIT extends MailboxFixture {

    static final String PREFIX = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    static final String ADMIN = "ma.jun"; // platform-admin
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    @DynamicPropertySource
    static void ownTopicsAndTheAdministration(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.events.topic-prefix", () -> PREFIX);
        registry.add("zhengtong.calendar.admin.enabled", () -> "true");
    }

    @Autowired
    WorkingDayCalendar calendar;

    @BeforeEach
    void waitUntilTheCalendarFollowsTheStoredSchedule() {
        // At start-up the stored schedule is published and followed; wait until the calendar counts on it.
        String stored = (String) api.get(ADMIN, "/api/calendar/years").getBody().get("fingerprint");
        await().atMost(Duration.ofSeconds(30)).until(() -> calendar.schedule().fingerprint().equals(stored));
    }

    @Test
    void aDayOffAddedToTheYearMovesAnOpenLettersDueDateAndTakingItBackMovesItBack() {
        String id = write("节假日调整 " + UUID.randomUUID());
        Map<String, Object> accepted = act(id, "accept");
        LocalDate due = LocalDate.parse((String) accepted.get("dueDate"));
        LocalDate received = LocalDate.now(WorkingDayCalendar.ZONE);
        // A plain weekday inside the letter's period becomes a day off: the period ends one working day later.
        LocalDate dayOff = calendar.addWorkingDays(received, 1);
        while (calendar.schedule().adjustmentOn(dayOff).isPresent() || dayOff.getDayOfWeek().getValue() > 5) {
            dayOff = calendar.addWorkingDays(dayOff, 1);
        }
        assertThat(dayOff).isBeforeOrEqualTo(due);
        int year = dayOff.getYear();
        ResponseEntity<String> original = api.http().get().uri("/api/calendar/years/{year}", year)
            .headers(h -> h.setBearerAuth(io.zhengtong.platform.test.KeycloakTokens.accessToken(ADMIN))).retrieve()
            .toEntity(String.class);
        assertThat(original.getStatusCode().value()).as("the year %s is loaded", year).isEqualTo(200);
        String changed = original.getBody() + dayOff + ",OFF,临时调整（测试）\n";

        assertThat(put(DISPATCHER, year, changed).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> bad = put(ADMIN, year, "date,kind,holiday\n" + year + "-02-30,OFF,春节\n");
        assertThat(bad.getStatusCode().value()).isEqualTo(422);
        assertThat((String) bad.getBody().get("detail")).contains("第 2 行");
        ResponseEntity<Map> otherYear = put(ADMIN, year, "date,kind,holiday\n" + (year + 1) + "-10-01,OFF,国庆节\n");
        assertThat(otherYear.getStatusCode().value()).isEqualTo(422);

        try {
            ResponseEntity<Map> loaded = put(ADMIN, year, changed);
            assertThat(loaded.getStatusCode().value()).as("%s", loaded.getBody()).isEqualTo(200);
            assertThat(loaded.getBody()).containsEntry("changed", true).containsEntry("changedBy", ADMIN);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dueDate(id)).isAfter(due));
            assertThat(dueDate(id)).isEqualTo(calendar.nextWorkingDay(due));
            assertThat(calendar.isWorkingDay(dayOff)).as("%s is off now", dayOff).isFalse();
            List<Map<String, Object>> history = (List<Map<String, Object>>) detail(id).get("history");
            assertThat(history).last().satisfies(h -> {
                assertThat(h.get("action")).isEqualTo("RECOMPUTE_DEADLINE");
                assertThat((String) h.get("remark")).contains(due.toString());
            });

            // The same file again changes nothing.
            assertThat(put(ADMIN, year, changed).getBody()).containsEntry("changed", false);
        }
        finally {
            assertThat(put(ADMIN, year, original.getBody()).getStatusCode().value()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dueDate(id)).isEqualTo(due));
        assertThat(calendar.isWorkingDay(dayOff)).isTrue();
    }

    ResponseEntity<Map> put(String user, int year, String csv) {
        return api.http().put().uri("/api/calendar/years/{year}", year)
            .headers(h -> h.setBearerAuth(io.zhengtong.platform.test.KeycloakTokens.accessToken(user))).contentType(CSV)
            .body(csv).retrieve().toEntity(Map.class);
    }

    Map<String, Object> detail(String id) {
        return api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
    }

    LocalDate dueDate(String id) {
        return LocalDate.parse((String) detail(id).get("dueDate"));
    }

    Map<String, Object> act(String id, String step) {
        ResponseEntity<Map> answer = api.post(DISPATCHER, "/api/mailbox/letters/{id}/" + step,
                Map.of("version", detail(id).get("version")), id);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    String write(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "CONSULTATION");
        form.put("subject", subject);
        form.put("content", "请问春节期间政务大厅是否对外办公？");
        form.put("consentToPublish", false);
        form.put("anonymous", true);
        ResponseEntity<Map> receipt = api.submitLetter(form);
        assertThat(receipt.getStatusCode().value()).as("%s", receipt.getBody()).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        return api.letterId(DISPATCHER, code);
    }
}
