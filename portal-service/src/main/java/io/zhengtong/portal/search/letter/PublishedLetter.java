package io.zhengtong.portal.search.letter;

import java.time.Instant;

import io.zhengtong.portal.search.SearchDocument;
import io.zhengtong.portal.search.SearchTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published letter as the site search keeps it (see V40): searchable text and where it lives. */
@Entity
@Table(name = "published_letter")
class PublishedLetter {

    @Id
    @Column(name = "letter_id")
    private String letterId;
    private String title;
    private String body;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "mailbox_name")
    private String mailboxName;
    @Column(name = "published_at")
    private Instant publishedAt;
    private String url;

    protected PublishedLetter() {
    }

    /** From the mailbox's event: the question and the answer are what people search for. */
    static PublishedLetter of(PublishedLetterEvents.Published event) {
        PublishedLetterEvents.PublicLetter letter = event.letter();
        PublishedLetter p = new PublishedLetter();
        p.letterId = letter.id() != null ? letter.id() : event.aggregateId();
        p.title = letter.subject();
        p.body = (blankToEmpty(letter.content()) + "\n答复：" + blankToEmpty(letter.reply())).strip();
        p.unitCode = event.unitCode();
        p.unitName = letter.unitName();
        p.mailboxName = letter.mailbox();
        p.publishedAt = event.publishedAt() != null ? event.publishedAt() : event.occurredAt();
        p.url = event.url() != null ? event.url() : "/mailbox/letters/" + p.letterId;
        return p;
    }

    /** The id of a published letter in the site index. */
    static String documentId(String letterId) {
        return SearchTypes.LETTER + "-" + letterId;
    }

    SearchDocument toSearchDocument() {
        return new SearchDocument(documentId(letterId), SearchTypes.LETTER, title, body, unitCode, unitName, mailboxName,
                publishedAt, url);
    }

    String letterId() {
        return letterId;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }
}
