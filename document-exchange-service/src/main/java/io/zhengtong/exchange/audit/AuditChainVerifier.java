package io.zhengtong.exchange.audit;

import java.util.List;

/**
 * Walks a chain in sequence order and reports the first entry that breaks it: a missing entry
 * (sequence gap), an entry whose content no longer matches its hash, or one that no longer links
 * to its predecessor (the predecessor was altered and re-hashed, or replaced). Removing the last
 * entries is only detectable against a head kept elsewhere (see {@link #verify(List, String)}).
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static ChainVerification verify(List<AuditEntry> entries) {
        String previousHash = "";
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            int expected = i + 1;
            if (entry.sequence() != expected) {
                return ChainVerification.broken(entries.size(), expected,
                        "第 " + expected + " 条审计记录缺失（被删除），链在此处断开。");
            }
            String what = "第 " + expected + " 条审计记录（" + entry.action().label() + "，" + entry.actor() + "）";
            if (!entry.previousHash().equals(previousHash)) {
                return ChainVerification.broken(entries.size(), expected,
                        what + "与前一条记录不衔接：前面的记录被改动或替换。");
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return ChainVerification.broken(entries.size(), expected, what + "的内容在记录后被改动。");
            }
            previousHash = entry.hash();
        }
        return ChainVerification.intact(entries.size());
    }

    /**
     * As {@link #verify(List)}, and the chain must end at the head recorded on the document: fewer
     * entries means the last ones were deleted; another last entry means the tail was replaced.
     * A null head (nothing recorded) checks only the chain itself.
     */
    public static ChainVerification verify(List<AuditEntry> entries, ChainHead head) {
        ChainVerification chain = verify(entries);
        if (!chain.intact() || head == null) {
            return chain;
        }
        int last = entries.isEmpty() ? 0 : entries.getLast().sequence();
        if (last < head.sequence()) {
            return ChainVerification.broken(entries.size(), last + 1, "审计链末尾的第 " + (last + 1)
                    + (last + 1 == head.sequence() ? "" : " 至 " + head.sequence()) + " 条记录缺失（被删除）：公文上登记的最新记录是第 "
                    + head.sequence() + " 条。");
        }
        if (last > head.sequence() || !entries.getLast().hash().equals(head.hash())) {
            return ChainVerification.broken(entries.size(), head.sequence(),
                    "审计链的最新记录与公文上登记的不符：链尾的记录被替换或伪造。");
        }
        return chain;
    }

    /** As {@link #verify(List)}, and the last entry must be the head recorded elsewhere (e.g. on the document). */
    public static ChainVerification verify(List<AuditEntry> entries, String expectedHeadHash) {
        ChainVerification chain = verify(entries);
        String head = entries.isEmpty() ? "" : entries.getLast().hash();
        if (chain.intact() && !head.equals(expectedHeadHash)) {
            return ChainVerification.broken(entries.size(), entries.size() + 1,
                    "审计链末尾的记录缺失：最后一条记录不是公文上登记的最新记录。");
        }
        return chain;
    }
}
