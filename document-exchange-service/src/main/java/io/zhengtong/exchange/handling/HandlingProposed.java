package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

/** 拟办: a clerk proposed how to handle the document; the leader decides next. */
public record HandlingProposed(UUID handlingId, UUID documentId, String unitCode, String proposedBy,
        Instant occurredAt) implements HandlingEvent {
}
