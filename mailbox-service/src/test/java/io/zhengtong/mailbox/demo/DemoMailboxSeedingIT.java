package io.zhengtong.mailbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.publication.LetterPublications;
import io.zhengtong.mailbox.publication.PublishedLetter;
import io.zhengtong.mailbox.statistics.MailboxStatistics;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.test.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo county's letters are written and handled once, through the use cases at past instants,
 * however often seeding runs; the monthly report and 来信选登 then have something to show.
 */
@IntegrationTest
class DemoMailboxSeedingIT {

    @Autowired
    DemoMailboxSeeding seeding;

    @Autowired
    MailboxStatistics statistics;

    @Autowired
    LetterPublications publications;

    @Autowired
    JdbcTemplate jdbc;

    final String marker = "demo-seeding-it-" + UUID.randomUUID();
    List<String> seeded = List.of();

    @AfterEach
    void removeWhatThisTestSeeded() {
        for (String id : seeded) {
            for (String table : List.of("letter_publication", "letter_fingerprint", "letter_duplicate", "letter_attachment",
                    "letter_history")) {
                jdbc.update("delete from " + table + " where letter_id = ?", id);
            }
            jdbc.update("delete from letter where id = ?", id);
        }
        jdbc.update("delete from demo_seed_marker where name = ?", marker);
    }

    @Test
    void theLettersOfTheLastSixMonthsAreWrittenOnceMostlyAnsweredAndSomePublished() {
        Instant started = Instant.now();
        seeded = seeding.seedOnce(marker);
        long letters = jdbc.queryForObject("select count(*) from letter", Long.class);

        List<String> second = seeding.seedOnce(marker);

        assertThat(seeded).hasSizeBetween(40, 80);
        assertThat(second).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from letter", Long.class)).isEqualTo(letters);

        Map<String, Long> byStatus = jdbc.queryForList("select status from letter where id in (" + inList() + ")", String.class)
            .stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        long answered = byStatus.getOrDefault("CLOSED", 0L) + byStatus.getOrDefault("ANSWERED", 0L);
        assertThat(answered).as("answered of %s", byStatus).isGreaterThan(seeded.size() / 2);
        assertThat(byStatus).containsKeys("SUBMITTED", "IN_PROGRESS", "REJECTED_INVALID", "REPLY_IN_REVIEW");

        // Written over half a year, each step at its own past instant, never in the future.
        Timestamp first = jdbc.queryForObject("select min(submitted_at) from letter where id in (" + inList() + ")", Timestamp.class);
        assertThat(first.toInstant()).isBefore(started.minus(Duration.ofDays(150)));
        Timestamp last = jdbc.queryForObject("select max(at) from letter_history where letter_id in (" + inList() + ")",
                Timestamp.class);
        assertThat(last.toInstant()).isBefore(started);
        assertThat(jdbc.queryForObject("select count(*) from letter where answered_at > due_date + interval 1 day and id in ("
                + inList() + ")", Long.class)).as("answered late").isPositive();

        // Selected letters on the website, masked; the last month's report counts the departments' letters.
        List<PublishedLetter> published = publications.published(new PageQuery(0, 100)).content();
        assertThat(published).filteredOn(p -> seeded.contains(p.id())).hasSizeGreaterThanOrEqualTo(5)
            .allSatisfy(p -> assertThat(p.reply()).isNotBlank());
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        MailboxStatistics.MonthReport report = statistics.publicMonth(lastMonth.toString());
        assertThat(report.totals().received()).isPositive();
        assertThat(report.rows()).isNotEmpty();
        Actor supervisor = Actor.staff("chen.jing", "陈静", "party-office", Role.SUPERVISOR);
        assertThat(statistics.month(supervisor, lastMonth.minusMonths(2).toString()).totals().answered()).isPositive();
    }

    @Test
    void aMailboxWithAHistoryOfLettersIsNotSeeded() {
        seeded = seeding.seedOnce(marker); // makes sure there are letters older than a week, whatever ran before
        long before = jdbc.queryForObject("select count(*) from letter", Long.class);

        assertThat(seeding.seedIfEmpty()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from letter", Long.class)).isEqualTo(before);
    }

    private String inList() {
        return seeded.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
