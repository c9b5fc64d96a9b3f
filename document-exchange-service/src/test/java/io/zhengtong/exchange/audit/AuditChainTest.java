package io.zhengtong.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.zhengtong.exchange.crypto.HashAlgorithm;

class AuditChainTest {

    static final Instant T = Instant.parse("2026-03-03T02:30:00.123456Z");

    static List<AuditEntry> chain(HashAlgorithm algorithm) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry e1 = AuditEntry.append(null, "doc-1", AuditAction.COMPOSED, "zhangwei", "gov-office", T, "拟稿", algorithm);
        AuditEntry e2 = AuditEntry.append(e1, "doc-1", AuditAction.APPROVED, "wangqiang", "gov-office", T.plusSeconds(60), "同意", algorithm);
        AuditEntry e3 = AuditEntry.append(e2, "doc-1", AuditAction.DISPATCHED, "zhangwei", "gov-office", T.plusSeconds(120), "主送3个单位", algorithm);
        AuditEntry e4 = AuditEntry.append(e3, "doc-1", AuditAction.SIGNED_FOR, "liuyang", "education", T.plusSeconds(180), "", algorithm);
        entries.addAll(List.of(e1, e2, e3, e4));
        return entries;
    }

    static AuditEntry withDetails(AuditEntry e, String details, boolean rehash) {
        AuditEntry changed = new AuditEntry(e.documentId(), e.sequence(), e.action(), e.actor(), e.unitCode(), e.at(), details,
                e.algorithm(), e.previousHash(), e.hash());
        return rehash ? new AuditEntry(e.documentId(), e.sequence(), e.action(), e.actor(), e.unitCode(), e.at(), details,
                e.algorithm(), e.previousHash(), changed.computeHash()) : changed;
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void anUntouchedChainIsIntact(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);

        ChainVerification result = AuditChainVerifier.verify(entries);

        assertThat(result.intact()).isTrue();
        assertThat(result.message()).isEqualTo("审计链完整：共 4 条记录，均未被改动。");
        assertThat(entries.get(0).previousHash()).isEmpty();
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(0).hash()).hasSize(64);
        assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2026-03-03T02:30:00.123Z"));
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void anAlteredEntryIsFoundAndNamed(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        entries.set(1, withDetails(entries.get(1), "不同意", false));

        ChainVerification result = AuditChainVerifier.verify(entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.message()).isEqualTo("第 2 条审计记录（签发，wangqiang）的内容在记录后被改动。");
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void anAlteredEntryWithARecomputedHashBreaksTheLinkOfTheNextOne(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        entries.set(1, withDetails(entries.get(1), "不同意", true));

        ChainVerification result = AuditChainVerifier.verify(entries);

        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.message()).contains("与前一条记录不衔接");
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void aDeletedEntryIsFound(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        entries.remove(2);

        assertThat(AuditChainVerifier.verify(entries).message()).isEqualTo("第 3 条审计记录缺失（被删除），链在此处断开。");
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void aDeletedLastEntryIsFoundAgainstTheRecordedHead(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        String head = entries.getLast().hash();

        assertThat(AuditChainVerifier.verify(entries, head).intact()).isTrue();
        assertThat(AuditChainVerifier.verify(entries.subList(0, 3), head).firstBrokenSequence()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void theLastTwoEntriesDeletedAreNamedAgainstTheHeadOnTheDocument(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        ChainHead head = new ChainHead(4, entries.getLast().hash());

        assertThat(AuditChainVerifier.verify(entries, head).intact()).isTrue();
        ChainVerification truncated = AuditChainVerifier.verify(entries.subList(0, 2), head);
        assertThat(truncated.intact()).isFalse();
        assertThat(truncated.firstBrokenSequence()).isEqualTo(3);
        assertThat(truncated.message()).isEqualTo("审计链末尾的第 3 至 4 条记录缺失（被删除）：公文上登记的最新记录是第 4 条。");
        assertThat(AuditChainVerifier.verify(List.of(), head).firstBrokenSequence()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void aReplacedLastEntryDoesNotMatchTheHeadOnTheDocument(HashAlgorithm algorithm) {
        List<AuditEntry> entries = chain(algorithm);
        ChainHead head = new ChainHead(4, entries.getLast().hash());
        List<AuditEntry> forged = new ArrayList<>(entries.subList(0, 3));
        forged.add(AuditEntry.append(entries.get(2), "doc-1", AuditAction.RETURNED, "liuyang", "education",
                T.plusSeconds(180), "退回", algorithm));

        assertThat(AuditChainVerifier.verify(forged).intact()).isTrue();
        assertThat(AuditChainVerifier.verify(forged, head).firstBrokenSequence()).isEqualTo(4);
        assertThat(AuditChainVerifier.verify(forged, (ChainHead) null).intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void theTimeTheActorAndTheUnitAreAllCovered(HashAlgorithm algorithm) {
        AuditEntry e = chain(algorithm).get(3);

        for (AuditEntry changed : List.of(
                new AuditEntry(e.documentId(), e.sequence(), e.action(), "someone", e.unitCode(), e.at(), e.details(), e.algorithm(), e.previousHash(), e.hash()),
                new AuditEntry(e.documentId(), e.sequence(), e.action(), e.actor(), "finance", e.at(), e.details(), e.algorithm(), e.previousHash(), e.hash()),
                new AuditEntry(e.documentId(), e.sequence(), AuditAction.RETURNED, e.actor(), e.unitCode(), e.at(), e.details(), e.algorithm(), e.previousHash(), e.hash()),
                new AuditEntry(e.documentId(), e.sequence(), e.action(), e.actor(), e.unitCode(), e.at().plusMillis(1), e.details(), e.algorithm(), e.previousHash(), e.hash()),
                new AuditEntry("doc-2", e.sequence(), e.action(), e.actor(), e.unitCode(), e.at(), e.details(), e.algorithm(), e.previousHash(), e.hash()))) {
            assertThat(changed.computeHash()).isNotEqualTo(e.hash());
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void theCanonicalFormIsTheDocumentedOne(HashAlgorithm algorithm) {
        AuditEntry first = chain(algorithm).getFirst();

        assertThat(new String(first.canonicalForm(), StandardCharsets.UTF_8)).isEqualTo("{\"action\":\"COMPOSED\","
                + "\"actor\":\"zhangwei\",\"at\":\"2026-03-03T02:30:00.123Z\",\"details\":\"拟稿\",\"document\":\"doc-1\","
                + "\"format\":\"zhengtong.exchange.audit.v1\",\"hash\":\"" + algorithm.label() + "\",\"previousHash\":\"\","
                + "\"sequence\":\"1\",\"unit\":\"gov-office\"}");
        assertThat(first.hash()).isEqualTo(algorithm.hex(first.canonicalForm()));
    }
}
