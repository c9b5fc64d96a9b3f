package io.zhengtong.exchange.delivery;

import java.util.Objects;
import java.util.UUID;

/**
 * What makes a delivery unique: the document and the receiving unit. A redelivered dispatch event
 * yields the same key, so it finds the existing delivery instead of creating a second one (the
 * table keeps a unique key on these two columns). Not the event id: a re-dispatch after a crash
 * may carry a new event id for the same copy.
 */
public record DeliveryKey(UUID documentId, String recipientUnitCode) {

    public DeliveryKey {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(recipientUnitCode, "recipientUnitCode");
    }

    @Override
    public String toString() {
        return documentId + "→" + recipientUnitCode;
    }
}
