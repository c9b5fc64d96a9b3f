package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

/** What happened to one recipient's copy; collected by {@link Delivery}, published by the use case. */
public sealed interface DeliveryEvent
        permits DocumentDelivered, DocumentRead, DocumentSignedFor, DocumentReturned, DeliveryReminded {

    UUID documentId();

    String recipientUnitCode();

    Instant occurredAt();
}
