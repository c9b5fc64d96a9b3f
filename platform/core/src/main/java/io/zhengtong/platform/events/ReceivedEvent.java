package io.zhengtong.platform.events;

import java.time.Instant;

/**
 * An event as a consumer sees it: the CloudEvents attributes it needs and the data read into the
 * consumer's own type (each service owns the DTOs of the events it consumes).
 */
public record ReceivedEvent<T>(String id, String type, String source, String aggregateId, Instant time, T data) {
}
