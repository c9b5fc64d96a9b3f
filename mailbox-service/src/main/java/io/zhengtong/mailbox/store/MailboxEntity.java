package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Mailbox;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mailbox as letters see it. Read-only here: the mailboxes feature ({@code mailboxes.ManagedMailbox})
 * creates, changes, closes and reopens the rows.
 */
@Entity
@Table(name = "mailbox")
public class MailboxEntity {

    @Id
    private String code;

    private String name;

    @Column(name = "owner_unit")
    private String ownerUnit;

    @Column(name = "sort_order")
    private int sortOrder;

    /** Set while the mailbox takes no new letters. */
    @Column(name = "closed_at", insertable = false, updatable = false)
    private Instant closedAt;

    protected MailboxEntity() {
    }

    public Mailbox toMailbox() {
        return new Mailbox(code, name, ownerUnit, closedAt == null);
    }

    public String code() {
        return code;
    }
}
