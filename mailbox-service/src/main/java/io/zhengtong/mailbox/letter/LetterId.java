package io.zhengtong.mailbox.letter;

import java.util.Objects;
import java.util.UUID;

public record LetterId(UUID value) {

    public LetterId {
        Objects.requireNonNull(value, "value");
    }

    public static LetterId random() {
        return new LetterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
