package io.zhengtong.mailbox.mailboxes;

import io.zhengtong.mailbox.deadline.MailboxPeriods;
import io.zhengtong.mailbox.letter.LetterType;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The periods an administrator set, read from {@code mailbox_period} whenever a deadline is fixed
 * (a letter written or accepted): one small indexed read, and a change holds at once on every
 * instance, with no cache to go stale.
 */
@Component
class StoredMailboxPeriods implements MailboxPeriods {

    private final JdbcTemplate jdbc;

    StoredMailboxPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LetterType, Integer> of(String mailboxCode) {
        Map<LetterType, Integer> periods = new EnumMap<>(LetterType.class);
        jdbc.query("select letter_type, working_days from mailbox_period where mailbox_code = ?",
                row -> {
                    periods.put(LetterType.valueOf(row.getString(1)), row.getInt(2));
                }, mailboxCode);
        return periods;
    }
}
