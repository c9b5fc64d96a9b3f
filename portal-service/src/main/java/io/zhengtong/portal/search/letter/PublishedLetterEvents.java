package io.zhengtong.portal.search.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The mailbox's 选登 events as the site search reads them (its own DTOs: the mailbox service owns
 * the contract, documented in its README). Unknown fields are ignored, so the producer may add
 * fields without breaking the search.
 */
final class PublishedLetterEvents {

    static final String PUBLISHED = "zhengtong.mailbox.letter.published.v1";
    static final String UNPUBLISHED = "zhengtong.mailbox.letter.unpublished.v1";

    private PublishedLetterEvents() {
    }

    /** The public, masked letter inside the event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublicLetter(String id, String subject, String content, String type, String typeLabel, String mailbox,
            String writer, LocalDate submittedOn, String reply, LocalDate repliedOn, String unitName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(UUID eventId, String aggregateId, Instant occurredAt, PublicLetter letter, String mailboxCode,
            String unitCode, Instant publishedAt, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unpublished(UUID eventId, String aggregateId, Instant occurredAt, String letterId, String reason) {
    }
}
