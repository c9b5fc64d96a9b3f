package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineCheck;
import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scheduled reminders share: walking the letters a query selects in batches by (due date,
 * id), each reminded in its own transaction, and reading a letter's standing on the day.
 */
@Component
class LetterReminders {

    private static final Logger log = LoggerFactory.getLogger(LetterReminders.class);
    static final int BATCH = 500;

    private final Letters letters;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    LetterReminders(Letters letters, DeadlinePolicy policy, WorkingDayCalendar calendar, NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.letters = letters;
        this.policy = policy;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code remind} on every letter {@code sql} selects (columns {@code id, due_date}; it must
     * take {@code :afterDue}, {@code :afterId} and {@code :batch} for the next batch after a letter,
     * by due date then id), each in its own transaction; answers how many it reminded.
     */
    int walk(String sql, MapSqlParameterSource parameters, Predicate<String> remind) {
        int reminded = 0;
        String afterId = "";
        LocalDate afterDue = LocalDate.of(1970, 1, 1);
        List<Candidate> batch;
        do {
            batch = jdbc.query(sql, new MapSqlParameterSource(parameters.getValues()).addValue("afterDue", Date.valueOf(afterDue))
                .addValue("afterId", afterId).addValue("batch", BATCH),
                    (rs, n) -> new Candidate(rs.getString("id"), rs.getDate("due_date").toLocalDate()));
            for (Candidate letter : batch) {
                afterId = letter.id();
                afterDue = letter.due();
                try {
                    if (Boolean.TRUE.equals(transactions.execute(tx -> remind.test(letter.id())))) {
                        reminded++;
                    }
                }
                catch (OptimisticLockingFailureException | DomainRuleViolation e) {
                    // A clerk changed the letter meanwhile; the next run looks again.
                    log.debug("Reminder for {} skipped: {}", letter.id(), e.getMessage());
                }
            }
        } while (batch.size() == BATCH);
        return reminded;
    }

    private record Candidate(String id, LocalDate due) {
    }

    /** A letter awaiting its answer, with where it stands on {@code today}. */
    record Standing(StoredLetter stored, DeadlineCheck check) {

        Letter letter() {
            return stored.letter();
        }
    }

    /** The letter and its standing; empty when it is gone or not awaiting an answer with a due date. */
    Optional<Standing> standing(String id, LocalDate today) {
        return letters.find(new LetterId(UUID.fromString(id)))
            .flatMap(stored -> policy.check(stored.letter(), today, calendar).map(check -> new Standing(stored, check)));
    }

    /** The statuses awaiting an answer, as the queries name them. */
    static List<String> awaitingAnswer() {
        return SupervisionLists.AWAITING_ANSWER.stream().map(Enum::name).toList();
    }
}
