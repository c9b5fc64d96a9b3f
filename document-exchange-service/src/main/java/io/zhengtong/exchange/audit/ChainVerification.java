package io.zhengtong.exchange.audit;

/**
 * The result of walking a document's audit chain: intact, or the first broken entry (its
 * sequence number) and what is wrong with it, in Chinese.
 */
public record ChainVerification(boolean intact, int entries, Integer firstBrokenSequence, String message) {

    static ChainVerification intact(int entries) {
        return new ChainVerification(true, entries, null, "审计链完整：共 " + entries + " 条记录，均未被改动。");
    }

    static ChainVerification broken(int entries, int sequence, String message) {
        return new ChainVerification(false, entries, sequence, message);
    }
}
