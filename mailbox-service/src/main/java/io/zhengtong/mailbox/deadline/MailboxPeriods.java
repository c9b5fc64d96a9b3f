package io.zhengtong.mailbox.deadline;

import io.zhengtong.mailbox.letter.LetterType;
import java.util.Map;

/**
 * Each mailbox's own answering periods, as a platform administrator set them (kept in the database
 * by the {@code mailboxes} feature, which keeps a read copy for a short while: see
 * {@code StoredMailboxPeriods}).
 */
@FunctionalInterface
public interface MailboxPeriods {

    /** No mailbox has periods of its own. */
    MailboxPeriods NONE = code -> Map.of();

    /** The working days set for this mailbox, by type; a type left out follows the county-wide period. */
    Map<LetterType, Integer> of(String mailboxCode);
}
