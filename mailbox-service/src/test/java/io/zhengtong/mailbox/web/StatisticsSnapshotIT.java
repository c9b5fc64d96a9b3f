package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.mailbox.web.StatisticsIT.housingRow;
import static io.zhengtong.mailbox.web.StatisticsIT.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.statistics.FreezingMonths;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Month-end snapshots: a settled month is frozen once (also by two callers at the same moment),
 * what happens to its letters later does not change its published figures, and the current month
 * is counted live. The tests' settle delay is zero (test application.yml).
 */
class StatisticsSnapshotIT extends ClockedMailboxFixture {

    @Autowired
    FreezingMonths freezing;

    List<Map<String, Object>> storedRows(YearMonth month) {
        return jdbc.queryForList("SELECT * FROM statistics_snapshot_unit WHERE report_month = ? ORDER BY unit_code",
                month.toString());
    }

    @Test
    void aClosedMonthIsFrozenOnceAndALaterRatingDoesNotChangeItsPublishedReport() throws Exception {
        // 2023: a year no other test writes letters into.
        YearMonth month = YearMonth.of(2023, 1 + ThreadLocalRandom.current().nextInt(12));
        StatisticsIT.forgetSnapshot(jdbc, month);
        LocalDate day = calendar.addWorkingDays(month.atDay(2), 1);
        clock.setNoonOf(day);
        Map<String, String> letter = letters.write("petition", "月度快照 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        letters.acceptAndHandOverToHousing(letter.get("id"));
        clock.setNoonOf(calendar.addWorkingDays(day, 1));
        letters.answer(letter.get("id"));
        clock.reset();

        // Two instances at the same moment, then the scheduled job: one snapshot, one set of rows.
        CompletableFuture<?> first = CompletableFuture.supplyAsync(() -> freezing.snapshotOf(month));
        CompletableFuture<?> second = CompletableFuture.supplyAsync(() -> freezing.snapshotOf(month));
        CompletableFuture.allOf(first, second).get();
        List<Map<String, Object>> rows = storedRows(month);
        Object takenAt = jdbc.queryForObject("SELECT taken_at FROM statistics_snapshot WHERE report_month = ?", Object.class,
                month.toString());
        freezing.freezeMissing();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM statistics_snapshot WHERE report_month = ?", Long.class,
                month.toString())).isEqualTo(1);
        assertThat(storedRows(month)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT taken_at FROM statistics_snapshot WHERE report_month = ?", Object.class,
                month.toString())).isEqualTo(takenAt);

        Map<String, Object> published = api.get(null, "/api/mailbox/public/statistics?month=" + month).getBody();
        Map<String, Object> housing = housingRow(published);
        assertThat(number(housing, "answered")).isEqualTo(1);
        assertThat(number(housing, "unsatisfied")).isZero();
        assertThat(published.get("snapshotAt")).isNotNull();

        // A month later the citizen rates the reply: counted live, the month would change; published, it does not.
        assertThat(StatisticsIT.rate(api, letter, "UNSATISFIED")).isEqualTo(200);
        jdbc.update("UPDATE letter SET status = 'REJECTED_INVALID' WHERE id = ?", letter.get("id"));
        Map<String, Object> again = api.get(null, "/api/mailbox/public/statistics?month=" + month).getBody();
        assertThat(again).isEqualTo(published);
        assertThat(housingRow(api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + month).getBody())).isEqualTo(housing);
        assertThat(storedRows(month)).isEqualTo(rows);
    }

    @Test
    void theCurrentMonthIsCountedLiveAndNotPublished() {
        YearMonth current = YearMonth.now(WorkingDayCalendar.ZONE);
        Map<String, Object> before = api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + current).getBody();
        assertThat(before).containsEntry("snapshotAt", null);

        Map<String, String> letter = letters.write("petition", "本月统计 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        letters.acceptAndHandOverToHousing(letter.get("id"));

        Map<String, Object> after = api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + current).getBody();
        assertThat(after).containsEntry("snapshotAt", null);
        assertThat(number(housingRow(after), "received") - number(housingRow(before), "received")).isEqualTo(1);
        assertThat(api.get(null, "/api/mailbox/public/statistics?month=" + current).getStatusCode().value()).isEqualTo(404);
        freezing.freezeMissing();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM statistics_snapshot WHERE report_month = ?", Long.class,
                current.toString())).isZero();
    }
}
