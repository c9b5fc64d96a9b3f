package io.zhengtong.mailbox.mailboxes;

import io.zhengtong.mailbox.deadline.MailboxPeriods;
import io.zhengtong.mailbox.letter.LetterType;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The periods an administrator set, read from {@code mailbox_period} when a deadline is fixed (a
 * letter written or accepted) and kept for a short while: every letter paid a statement for rows
 * that change a few times a year. 信箱管理 on this instance forgets them when it saves (and again
 * once its transaction ends, so no reader caches the old rows meanwhile); another instance holds
 * its copy at most {@code zhengtong.mailbox.deadlines.periods-cache} (30 s).
 */
@Component
class StoredMailboxPeriods implements MailboxPeriods {

    private record Kept(Map<LetterType, Integer> periods, long untilNanos) {
    }

    private final JdbcTemplate jdbc;
    private final Duration keep;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    StoredMailboxPeriods(JdbcTemplate jdbc, @Value("${zhengtong.mailbox.deadlines.periods-cache:30s}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    @Override
    public Map<LetterType, Integer> of(String mailboxCode) {
        // The JVM's monotonic time, not the service's Clock: a test's fixed or moved clock must not pin a copy.
        long now = System.nanoTime();
        Kept hit = kept.get(mailboxCode);
        if (hit != null && now - hit.untilNanos() < 0) {
            return hit.periods();
        }
        long seen = changes.get();
        Map<LetterType, Integer> periods = read(mailboxCode);
        // Kept only if no change was forgotten while reading: the rows read may be the old ones.
        if (!keep.isZero() && changes.get() == seen) {
            kept.put(mailboxCode, new Kept(periods, now + keep.toNanos()));
        }
        return periods;
    }

    /** 信箱管理 changed a mailbox: its periods are read afresh, now and after the change commits. */
    void forget(String mailboxCode) {
        changes.incrementAndGet();
        kept.remove(mailboxCode);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    kept.remove(mailboxCode);
                }
            });
        }
    }

    private Map<LetterType, Integer> read(String mailboxCode) {
        Map<LetterType, Integer> periods = new EnumMap<>(LetterType.class);
        jdbc.query("select letter_type, working_days from mailbox_period where mailbox_code = ?",
                row -> {
                    periods.put(LetterType.valueOf(row.getString(1)), row.getInt(2));
                }, mailboxCode);
        return Collections.unmodifiableMap(periods);
    }
}
