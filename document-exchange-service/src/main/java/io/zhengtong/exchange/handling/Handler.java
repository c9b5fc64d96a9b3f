package io.zhengtong.exchange.handling;

import java.time.Instant;

/**
 * A person the leader assigned in 批办 (承办人) and how far they are.
 *
 * @param finishedAt null until they finish their part
 * @param opinion their 承办意见, empty until they finish
 */
public record Handler(String username, String name, Instant finishedAt, String opinion) {

    public boolean finished() {
        return finishedAt != null;
    }

    Handler finish(Instant at, String text) {
        return new Handler(username, name, at, text);
    }
}
