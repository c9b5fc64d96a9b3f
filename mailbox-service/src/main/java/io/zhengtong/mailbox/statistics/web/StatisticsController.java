package io.zhengtong.mailbox.statistics.web;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.statistics.MailboxStatistics;
import io.zhengtong.mailbox.statistics.MailboxStatistics.Assessment;
import io.zhengtong.mailbox.statistics.MailboxStatistics.MonthReport;
import io.zhengtong.mailbox.statistics.StatisticsWorkbook;
import io.zhengtong.platform.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics per department per month, the xlsx export, the year-end assessment and the public monthly report. */
@RestController
class StatisticsController {

    private final MailboxStatistics statistics;

    StatisticsController(MailboxStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/mailbox/statistics")
    MonthReport month(CurrentUser user, @RequestParam(required = false) String month) {
        return statistics.month(Actor.of(user), month);
    }

    @GetMapping("/api/mailbox/statistics.xlsx")
    ResponseEntity<byte[]> workbook(CurrentUser user, @RequestParam(required = false) String month) {
        MonthReport report = statistics.month(Actor.of(user), month);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(StatisticsWorkbook.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("信箱办理统计-" + report.month() + ".xlsx", StandardCharsets.UTF_8).build().toString())
            .body(StatisticsWorkbook.of(report));
    }

    @GetMapping("/api/mailbox/assessment")
    Assessment assessment(CurrentUser user, @RequestParam(required = false) String year) {
        return statistics.assessment(Actor.of(user), year);
    }

    @GetMapping("/api/mailbox/public/statistics")
    MonthReport publicMonth(@RequestParam(required = false) String month) {
        return statistics.publicMonth(month);
    }

    @GetMapping("/api/mailbox/public/statistics/months")
    List<String> publishedMonths() {
        return statistics.publishedMonths();
    }
}
