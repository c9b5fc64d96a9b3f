package io.zhengtong.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.test.IntegrationTest;

/** The stored chain on the real database, altered behind the service's back with plain SQL. */
@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    String document() {
        String document = UUID.randomUUID().toString();
        trail.append(document, AuditAction.COMPOSED, "zhangwei", "gov-office", "拟稿：关于做好森林防火工作的通知");
        trail.append(document, AuditAction.APPROVED, "wangqiang", "gov-office", "签发意见：同意");
        trail.append(document, AuditAction.DISPATCHED, "zhangwei", "gov-office", "凤政办〔2026〕12号，主送3个单位");
        trail.append(document, AuditAction.SIGNED_FOR, "liuyang", "education", "");
        return document;
    }

    @Test
    void anUntouchedStoredChainIsIntactAndUsesSm3ByDefault() {
        String document = document();

        assertThat(trail.verify(document).intact()).isTrue();
        assertThat(trail.entriesOf(document)).extracting(AuditEntry::sequence).containsExactly(1, 2, 3, 4);
        assertThat(jdbc.sql("SELECT DISTINCT hash_algorithm FROM audit_entry WHERE document_id = ?").param(document)
            .query(String.class).list()).containsExactly("sm3");
    }

    @Test
    void aRowChangedWithPlainSqlIsDetectedAndTheEntryNamed() {
        String document = document();

        jdbc.sql("UPDATE audit_entry SET details = '签发意见：不同意' WHERE document_id = ? AND sequence = 2").param(document).update();

        ChainVerification result = trail.verify(document);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.message()).isEqualTo("第 2 条审计记录（签发，wangqiang）的内容在记录后被改动。");
    }

    @Test
    void aBackdatedActionIsDetected() {
        String document = document();

        jdbc.sql("UPDATE audit_entry SET occurred_at_ms = occurred_at_ms - 86400000 WHERE document_id = ? AND sequence = 4")
            .param(document).update();

        assertThat(trail.verify(document).firstBrokenSequence()).isEqualTo(4);
    }

    @Test
    void aDeletedRowIsDetected() {
        String document = document();

        jdbc.sql("DELETE FROM audit_entry WHERE document_id = ? AND sequence = 3").param(document).update();

        assertThat(trail.verify(document).message()).isEqualTo("第 3 条审计记录缺失（被删除），链在此处断开。");
    }

    @Test
    void anAppendAfterTheStartContinuesTheStoredChain() {
        String document = document();

        AuditEntry fifth = trail.append(document, AuditAction.REGISTERED, "liuyang", "education", "收文登记");

        assertThat(fifth.sequence()).isEqualTo(5);
        assertThat(fifth.previousHash()).isEqualTo(trail.entriesOf(document).get(3).hash());
        assertThat(trail.verify(document).intact()).isTrue();
    }

    @Test
    void whileOneActionAppendsSeveralEntriesAnotherActionOnTheSameDocumentWaitsAndFollowsThem() throws Exception {
        String document = document();
        CountDownLatch firstHoldsTheChain = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // One unit's action appends two entries in one transaction; another unit's append arrives
            // between them, waits for the first entry's lock and must then follow the second entry
            // (found by the 880-unit benchmark: it took the second entry's place, a 500).
            Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                trail.append(document, AuditAction.READ, "xu.ming", "shuangshipu", "");
                firstHoldsTheChain.countDown();
                sleep(1000);
                trail.append(document, AuditAction.SIGNED_FOR, "xu.ming", "shuangshipu", "");
            }));
            firstHoldsTheChain.await(10, TimeUnit.SECONDS);
            Future<AuditEntry> second = threads.submit(() -> trail.append(document, AuditAction.SIGNED_FOR,
                    "zhou.qiang", "finance", ""));

            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS).sequence()).isEqualTo(7);
        } finally {
            threads.shutdownNow();
        }
        assertThat(trail.verify(document).intact()).isTrue();
        assertThat(trail.entriesOf(document)).extracting(AuditEntry::actor).endsWith("xu.ming", "xu.ming", "zhou.qiang");
    }

    @Test
    void eightUnitsReadingAndSigningForOneDocumentAtOnceAllLandInOneUnbrokenChain() throws Exception {
        String document = document();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> actions = new ArrayList<>();
        try {
            for (int unit = 0; unit < 8; unit++) {
                String clerk = "clerk" + unit;
                for (int round = 0; round < 3; round++) {
                    // Open and sign for: two entries in one transaction, like the inbox's use cases.
                    List<HistoryEntry> openAndSignFor = List.of(
                            new HistoryEntry(AuditAction.READ, clerk, clerk, "unit", Instant.now(), null),
                            new HistoryEntry(AuditAction.SIGNED_FOR, clerk, clerk, "unit", Instant.now(), null));
                    actions.add(threads.submit(() -> transactions.executeWithoutResult(
                            status -> trail.appendAll(document, openAndSignFor))));
                }
            }
            for (Future<?> action : actions) {
                action.get(60, TimeUnit.SECONDS); // a deadlock or duplicate sequence would throw here
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(trail.verify(document).intact()).isTrue();
        assertThat(trail.entriesOf(document)).hasSize(4 + 8 * 3 * 2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
