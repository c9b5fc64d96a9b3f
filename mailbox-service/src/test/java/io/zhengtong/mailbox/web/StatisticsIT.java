package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.CITIZEN;
import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.test.KeycloakTokens;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly statistics per department, the xlsx export, the year-end assessment and the public
 * monthly report. The letters are written in a past month of the test's choosing (the service's
 * clock is set back), and the figures are compared with the same month's figures before.
 */
class StatisticsIT extends ClockedMailboxFixture {

    void forgetSnapshot(YearMonth month) {
        forgetSnapshot(jdbc, month);
    }

    static void forgetSnapshot(JdbcTemplate jdbc, YearMonth month) {
        jdbc.update("DELETE FROM statistics_snapshot_unit WHERE report_month = ?", month.toString());
        jdbc.update("DELETE FROM statistics_snapshot WHERE report_month = ?", month.toString());
    }

    /** The citizen rates the reply with the letter's code and password; answers the HTTP status. */
    static int rate(MailboxClient api, Map<String, String> letter, String rating) {
        return api.http().post().uri("/api/mailbox/public/letters/{code}/rating", letter.get("code"))
            .header("X-Query-Password", letter.get("password")).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("rating", rating)).retrieve().toEntity(Map.class).getStatusCode().value();
    }

    static Map<String, Object> housingRow(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("rows")).stream().filter(r -> "housing".equals(r.get("unitCode")))
            .findFirst().orElse(Map.of());
    }

    static long number(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void aMonthsFiguresCountTheHousingBureausLettersAndTheExportAndThePublicReportShowTheSame() throws Exception {
        YearMonth month = YearMonth.of(2024 + ThreadLocalRandom.current().nextInt(2), 1 + ThreadLocalRandom.current().nextInt(12));
        // A settled month is read from its snapshot: forgotten before and after reading the baseline,
        // so the month is frozen again with this test's letters.
        forgetSnapshot(month);
        Map<String, Object> before = housingRow(api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + month).getBody());
        forgetSnapshot(month);
        LocalDate day1 = calendar.addWorkingDays(month.atDay(2), 1);

        // Answered on its second working day and rated satisfied.
        clock.setNoonOf(day1);
        Map<String, String> answered = letters.write("petition", "统计 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        letters.acceptAndHandOverToHousing(answered.get("id"));
        clock.setNoonOf(calendar.addWorkingDays(day1, 2));
        letters.answer(answered.get("id"));
        assertThat(rate(api, answered, "SATISFIED")).isEqualTo(200);
        // Never answered: overdue once its due date (in the same month) has passed.
        clock.setNoonOf(day1);
        Map<String, String> open = letters.write("petition", "统计 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        letters.acceptAndHandOverToHousing(open.get("id"));
        clock.reset();

        ResponseEntity<Map> answer = api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + month);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = answer.getBody();
        assertThat(report).containsEntry("month", month.toString());
        assertThat(report.get("snapshotAt")).as("a settled month comes from its snapshot").isNotNull();
        Map<String, Object> after = housingRow(report);
        assertThat(number(after, "received") - number(before, "received")).isEqualTo(2);
        assertThat(number(after, "answered") - number(before, "answered")).isEqualTo(1);
        assertThat(number(after, "answeredOnTime") - number(before, "answeredOnTime")).isEqualTo(1);
        assertThat(number(after, "satisfied") - number(before, "satisfied")).isEqualTo(1);
        assertThat(number(after, "overdue") - number(before, "overdue")).isEqualTo(1);
        if (before.isEmpty()) {
            assertThat(after).containsEntry("averageWorkingDays", 2.0).containsEntry("onTimeRate", 100.0)
                .containsEntry("satisfactionRate", 100.0);
        }
        Map<String, Object> totals = (Map<String, Object>) report.get("totals");
        assertThat(number(totals, "received")).isGreaterThanOrEqualTo(number(after, "received"));

        // The same figures in the xlsx, under Chinese headers.
        ResponseEntity<byte[]> xlsx = api.http().get().uri("/api/mailbox/statistics.xlsx?month=" + month)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + KeycloakTokens.accessToken(DISPATCHER)).retrieve()
            .toEntity(byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentType().toString())
            .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("收信数");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("按期答复率(%)");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("超期件数");
            Row housing = null;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (after.get("unitName").equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    housing = sheet.getRow(r);
                }
            }
            assertThat(housing).as("the housing bureau's row").isNotNull();
            assertThat((long) housing.getCell(1).getNumericCellValue()).isEqualTo(number(after, "received"));
            assertThat((long) housing.getCell(3).getNumericCellValue()).isEqualTo(number(after, "answeredOnTime"));
            assertThat((long) housing.getCell(10).getNumericCellValue()).isEqualTo(number(after, "overdue"));
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) last.getCell(1).getNumericCellValue()).isEqualTo(number(totals, "received"));
        }

        // The public report: the same figures for a completed month, nothing for the current one.
        ResponseEntity<Map> published = api.get(null, "/api/mailbox/public/statistics?month=" + month);
        assertThat(published.getStatusCode().value()).isEqualTo(200);
        assertThat(housingRow(published.getBody())).isEqualTo(after);
        assertThat(published.getBody().get("snapshotAt")).isEqualTo(report.get("snapshotAt"));
        assertThat((List<String>) api.getList(null, "/api/mailbox/public/statistics/months").getBody()).contains(month.toString())
            .doesNotContain(YearMonth.now(WorkingDayCalendar.ZONE).toString());
        ResponseEntity<Map> current = api.get(null, "/api/mailbox/public/statistics?month=" + YearMonth.now(WorkingDayCalendar.ZONE));
        assertThat(current.getStatusCode().value()).isEqualTo(404);

        // The year-end assessment scores the housing bureau.
        ResponseEntity<Map> assessment = api.get(SUPERVISOR, "/api/mailbox/assessment?year=" + month.getYear());
        assertThat(assessment.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) assessment.getBody().get("units")).filteredOn(u -> "housing".equals(u.get("unitCode")))
            .singleElement().satisfies(u -> assertThat(((Number) u.get("score")).doubleValue()).isBetween(0.0, 100.0));
        assertThat((Map<String, Object>) assessment.getBody().get("weights")).containsEntry("onTime", 0.4);
        assertThat((List<String>) assessment.getBody().get("liveMonths")).as("a past year is counted from its snapshots")
            .isEmpty();
    }

    @Test
    void badMonthsAndYearsAreRefusedAndCitizensAndAnonymousCallersDoNotGetTheStaffFigures() {
        ResponseEntity<Map> badMonth = api.get(SUPERVISOR, "/api/mailbox/statistics?month=2026-13");
        assertThat(badMonth.getStatusCode().value()).isEqualTo(400);
        assertThat(badMonth.getBody()).containsEntry("type", "urn:zhengtong:problem:statistics-month-invalid");
        assertThat(api.get(null, "/api/mailbox/public/statistics?month=last").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get(SUPERVISOR, "/api/mailbox/assessment?year=20x6").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get(CITIZEN, "/api/mailbox/statistics?month=2025-01").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(CITIZEN, "/api/mailbox/assessment?year=2025").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(null, "/api/mailbox/statistics?month=2025-01").getStatusCode().value()).isEqualTo(401);
        assertThat(api.http().get().uri("/api/mailbox/statistics.xlsx?month=2025-01").retrieve().toBodilessEntity()
            .getStatusCode().value()).isEqualTo(401);
    }
}
