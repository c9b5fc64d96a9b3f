package io.zhengtong.exchange.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.platform.test.IntegrationTest;

/** 发文字号 on the real database: many clerks dispatching at once, some dispatches failing. */
@IntegrationTest
class DocumentNumbersIT {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    static String unit() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void concurrentDispatchesGetContiguousNumbersWithoutDuplicatesAndFailedOnesGiveTheirNumberBack() throws Exception {
        String unit = unit();
        int threads = 16;
        int perThread = 25;
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        List<Integer> rolledBack = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<String, Integer> byDocument = new ConcurrentHashMap<>();
        AtomicInteger deadlockRetries = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    boolean fail = random.nextInt(5) == 0; // about one dispatch in five fails after taking its number
                    String document = UUID.randomUUID().toString();
                    while (true) {
                        try {
                            transactions.executeWithoutResult(status -> {
                                int sequence = numbers.allocate(unit, "凤政办", 2026, document).sequence();
                                if (fail) {
                                    rolledBack.add(sequence);
                                    status.setRollbackOnly();
                                } else {
                                    committed.add(sequence);
                                    byDocument.put(document, sequence);
                                }
                            });
                            break;
                        } catch (PessimisticLockingFailureException e) {
                            deadlockRetries.incrementAndGet(); // only possible for the year's very first number
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int n = committed.size();
        assertThat(rolledBack).isNotEmpty();
        assertThat(n + rolledBack.size()).isEqualTo(threads * perThread);
        assertThat(committed).doesNotHaveDuplicates();
        assertThat(committed.stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, n).boxed().toList());
        // Every rolled-back number was given back: taken again by a later dispatch, or, when the
        // last dispatches failed, still next in line (n + 1).
        assertThat(rolledBack).allSatisfy(sequence -> assertThat(sequence).isBetween(1, n + 1));
        assertThat(jdbc.sql("SELECT sequence FROM document_number WHERE unit_code = ? ORDER BY sequence").param(unit)
            .query(Integer.class).list()).isEqualTo(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(jdbc.sql("SELECT last_sequence FROM document_number_counter WHERE unit_code = ?").param(unit)
            .query(Integer.class).single()).isEqualTo(n);
        byDocument.forEach((document, sequence) ->
            assertThat(numbers.numberOf(document)).contains(new DocumentNumber("凤政办", 2026, sequence)));
        System.out.printf("numbering: %d committed, %d rolled back, %d deadlock retries%n", n, rolledBack.size(),
                deadlockRetries.get());
    }

    @Test
    void eachPrefixAndEachYearCountsFromOne() {
        String unit = unit();
        String other = unit();

        assertThat(allocate(unit, "凤政办", 2026).formatted()).isEqualTo("凤政办〔2026〕1号");
        assertThat(allocate(unit, "凤政办", 2026).formatted()).isEqualTo("凤政办〔2026〕2号");
        assertThat(allocate(unit, "凤政发", 2026).formatted()).isEqualTo("凤政发〔2026〕1号");
        assertThat(allocate(unit, "凤政办", 2027).formatted()).isEqualTo("凤政办〔2027〕1号");
        assertThat(allocate(other, "凤政办", 2026).formatted()).isEqualTo("凤政办〔2026〕1号");
        assertThat(allocate(unit, "凤政办", 2026).formatted()).isEqualTo("凤政办〔2026〕3号");
    }

    @Test
    void aRetriedDispatchGetsItsOwnNumberBackNotANewOne() {
        String unit = unit();
        String document = UUID.randomUUID().toString();

        DocumentNumber first = transactions.execute(s -> numbers.allocate(unit, "凤政办", 2026, document));
        DocumentNumber again = transactions.execute(s -> numbers.allocate(unit, "凤政办", 2026, document));

        assertThat(again).isEqualTo(first);
        assertThat(allocate(unit, "凤政办", 2026).sequence()).isEqualTo(2);
    }

    @Test
    void aNumberCannotBeTakenOutsideTheDocumentsTransaction() {
        assertThatThrownBy(() -> numbers.allocate(unit(), "凤政办", 2026, UUID.randomUUID().toString()))
            .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anInvalidPrefixIsRefusedBeforeAnyNumberIsTaken() {
        String unit = unit();
        assertThatThrownBy(() -> transactions.execute(s -> numbers.allocate(unit, "凤政〔办", 2026, "d")))
            .hasMessageContaining("代字");
        assertThat(jdbc.sql("SELECT count(*) FROM document_number_counter WHERE unit_code = ?").param(unit)
            .query(Integer.class).single()).isZero();
    }

    private DocumentNumber allocate(String unit, String prefix, int year) {
        return transactions.execute(s -> numbers.allocate(unit, prefix, year, UUID.randomUUID().toString()));
    }
}
