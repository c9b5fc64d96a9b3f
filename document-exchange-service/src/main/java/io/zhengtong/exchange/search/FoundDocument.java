package io.zhengtong.exchange.search;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.exchange.document.Organ;

/**
 * One search hit: the document and where the caller's unit finds it: as its own dispatch
 * ({@code OUTGOING}, {@code outgoingId}) or as a delivered copy ({@code INCOMING}, {@code inboxId}).
 */
public record FoundDocument(UUID documentId, String number, String title, Organ sender, String urgency,
        String urgencyLabel, Instant dispatchedAt, Direction direction, UUID outgoingId, UUID inboxId) {

    public enum Direction {
        OUTGOING, INCOMING
    }
}
