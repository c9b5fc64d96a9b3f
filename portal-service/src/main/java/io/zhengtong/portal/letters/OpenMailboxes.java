package io.zhengtong.portal.letters;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.zhengtong.portal.letters.MailboxApi.MailboxItem;

/**
 * The open mailboxes as the mailbox service last listed them ({@code GET
 * /api/mailbox/public/mailboxes}), kept {@code fresh} (a minute unless configured, {@code
 * zhengtong.portal.mailbox-list-fresh}), so that the 领导信箱 page and each letter form do not cost
 * a call each. The mailbox announces no change of its mailboxes, so a mailbox opened, renamed or
 * closed by its administrator shows on the website within that minute: accepted, since a letter
 * written meanwhile to a closed mailbox is refused by the mailbox on submit, with its reason. A
 * failure is not kept: the next page asks again (through the circuit breaker).
 */
final class OpenMailboxes {

    private record Heard(List<MailboxItem> mailboxes, Instant askAgainAt) {
    }

    private final Supplier<List<MailboxItem>> mailbox;
    private final InstantSource clock;
    private final Duration fresh;
    private final AtomicReference<Heard> heard = new AtomicReference<>();

    OpenMailboxes(Supplier<List<MailboxItem>> mailbox, InstantSource clock, Duration fresh) {
        this.mailbox = mailbox;
        this.clock = clock;
        this.fresh = fresh;
    }

    List<MailboxItem> list() {
        Instant now = clock.instant();
        Heard last = heard.get();
        if (last != null && now.isBefore(last.askAgainAt())) {
            return last.mailboxes();
        }
        // Pages asking at once when the list is due may each ask: harmless, and no page waits on a lock.
        List<MailboxItem> listed = mailbox.get();
        List<MailboxItem> mailboxes = listed == null ? List.of() : List.copyOf(listed);
        heard.set(new Heard(mailboxes, now.plus(fresh)));
        return mailboxes;
    }

    Optional<MailboxItem> find(String code) {
        return list().stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
