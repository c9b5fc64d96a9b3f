package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 批办: the leader named the handlers (their inboxes get the document). */
public record HandlingInstructed(UUID handlingId, UUID documentId, String unitCode, String leader,
        List<String> handlers, Instant occurredAt) implements HandlingEvent {

    public HandlingInstructed {
        handlers = List.copyOf(handlers);
    }
}
