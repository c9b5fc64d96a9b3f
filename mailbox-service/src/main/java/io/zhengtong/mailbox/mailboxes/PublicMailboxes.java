package io.zhengtong.mailbox.mailboxes;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes the website offers: the open ones, in the administrator's order, each with its
 * introduction and its answering period per letter type. Read from the database on every call (no
 * cache here); the portal keeps the list a minute, so a new or closed mailbox shows on the website
 * within that minute.
 */
@Service
public class PublicMailboxes {

    private final ManagedMailboxes mailboxes;
    private final DeadlinePolicy policy;

    PublicMailboxes(ManagedMailboxes mailboxes, DeadlinePolicy policy) {
        this.mailboxes = mailboxes;
        this.policy = policy;
    }

    /** Letters of this type are answered within this many working days of receipt. */
    public record Period(String type, String typeLabel, int workingDays) {
    }

    /** An open mailbox; {@code intro} may be {@code null}. */
    public record OpenMailbox(String code, String name, String intro, List<Period> periods) {
    }

    @Transactional(readOnly = true)
    public List<OpenMailbox> list() {
        return mailboxes.findAllByClosedAtIsNullOrderBySortOrderAscCodeAsc().stream()
            .map(m -> new OpenMailbox(m.code(), m.name(), m.intro().orElse(null), policy.periodsWith(m.periods()).entrySet()
                .stream().map(e -> new Period(e.getKey().name(), e.getKey().label(), e.getValue())).toList()))
            .toList();
    }
}
