package io.zhengtong.mailbox.publication;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A letter was published (选登) or republished: the site search indexes it. Carries only the
 * public, masked text. Public contract (README, Events): add fields only in a new version.
 *
 * @param letter the public letter, exactly as {@code GET /api/mailbox/public/published/{id}} shows it
 * @param mailboxCode the mailbox's code, e.g. {@code county-head}
 * @param unitCode the answering unit's code (the site search's unit facet)
 * @param url the letter's page on the website, site-relative
 */
@EventContract(type = "zhengtong.mailbox.letter.published.v1", topic = LetterPublications.TOPIC)
public record LetterPublished(UUID eventId, String aggregateId, Instant occurredAt, PublishedLetter letter,
        String mailboxCode, String unitCode, Instant publishedAt, String url) implements IntegrationEvent {
}
