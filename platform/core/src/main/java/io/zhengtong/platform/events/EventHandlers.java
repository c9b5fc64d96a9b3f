package io.zhengtong.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type it cares about; other types on the same topic are
 * skipped. The consumer name scopes the processed-event ids, so two consumers in one service
 * each apply an event once.
 */
public final class EventHandlers {

    record Handler<T>(Class<T> dataType, Consumer<ReceivedEvent<T>> action) {
    }

    private final String consumer;
    private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

    private EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    public static EventHandlers of(String consumer) {
        return new EventHandlers(consumer);
    }

    public <T> EventHandlers on(String type, Class<T> dataType, Consumer<ReceivedEvent<T>> action) {
        byType.put(type, new Handler<>(dataType, action));
        return this;
    }

    public String consumer() {
        return consumer;
    }

    Optional<Handler<?>> handlerFor(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
