package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Mailbox;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the seeded mailbox table. */
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

    protected MailboxEntity() {
    }

    public Mailbox toMailbox() {
        return new Mailbox(code, name, ownerUnit);
    }

    public String code() {
        return code;
    }
}
