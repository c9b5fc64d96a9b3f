package io.zhengtong.mailbox.mailboxes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a mailbox's history: who changed what, and when. Append-only. */
@Entity
@Table(name = "mailbox_history")
class MailboxChange {

    /** What an administrator did to a mailbox. */
    enum Action {
        CREATE("新建"), EDIT("修改"), CLOSE("停用"), REOPEN("启用");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mailbox_code")
    private String mailboxCode;

    private Instant at;

    private String username;

    private String name;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String changes;

    protected MailboxChange() {
    }

    MailboxChange(String mailboxCode, Instant at, String username, String name, Action action, String changes) {
        this.mailboxCode = mailboxCode;
        this.at = at;
        this.username = username;
        this.name = name;
        this.action = action;
        this.changes = changes;
    }

    Instant at() {
        return at;
    }

    String username() {
        return username;
    }

    String name() {
        return name;
    }

    Action action() {
        return action;
    }

    String changes() {
        return changes;
    }
}
