package io.zhengtong.mailbox.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A letter's publication (选登) with the public text as it was published; see V40. */
@Entity
@Table(name = "letter_publication")
class PublicationEntity {

    @Id
    @Column(name = "letter_id")
    private String letterId;

    @Version
    private Long version;

    private boolean published;
    private String subject;
    private String content;
    private String reply;
    @Column(name = "letter_type")
    private String letterType;
    @Column(name = "mailbox_code")
    private String mailboxCode;
    @Column(name = "mailbox_name")
    private String mailboxName;
    private String writer;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "replied_on")
    private LocalDate repliedOn;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "unpublished_at")
    private Instant unpublishedAt;
    @Column(name = "unpublished_by")
    private String unpublishedBy;
    @Column(name = "unpublish_reason")
    private String unpublishReason;

    protected PublicationEntity() {
    }

    PublicationEntity(String letterId) {
        this.letterId = letterId;
    }

    /** Publishes (again) with the text of now; a previous take-down is forgotten, its history is the event log. */
    void publish(PublicText text, String type, String mailboxCode, String mailboxName, String unitCode, String unitName,
            Instant at, String by) {
        published = true;
        subject = text.subject();
        content = text.content();
        reply = text.reply();
        writer = text.writer();
        submittedOn = text.submittedOn();
        repliedOn = text.repliedOn();
        letterType = type;
        this.mailboxCode = mailboxCode;
        this.mailboxName = mailboxName;
        this.unitCode = unitCode;
        this.unitName = unitName;
        publishedAt = at;
        publishedBy = by;
        unpublishedAt = null;
        unpublishedBy = null;
        unpublishReason = null;
    }

    void unpublish(Instant at, String by, String reason) {
        published = false;
        unpublishedAt = at;
        unpublishedBy = by;
        unpublishReason = reason;
    }

    String letterId() {
        return letterId;
    }

    boolean published() {
        return published;
    }

    PublicText text() {
        return new PublicText(subject, content, reply, writer, submittedOn, repliedOn);
    }

    String letterType() {
        return letterType;
    }

    String mailboxCode() {
        return mailboxCode;
    }

    String mailboxName() {
        return mailboxName;
    }

    String unitCode() {
        return unitCode;
    }

    String unitName() {
        return unitName;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String publishedBy() {
        return publishedBy;
    }

    Instant unpublishedAt() {
        return unpublishedAt;
    }

    String unpublishedBy() {
        return unpublishedBy;
    }

    String unpublishReason() {
        return unpublishReason;
    }
}
