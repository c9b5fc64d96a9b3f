package io.zhengtong.exchange.audit;

/** The last entry of a chain as recorded beside it (on the document): its sequence and hash. */
public record ChainHead(int sequence, String hash) {
}
