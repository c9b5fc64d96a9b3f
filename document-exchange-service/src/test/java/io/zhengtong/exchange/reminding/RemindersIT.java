package io.zhengtong.exchange.reminding;

import static io.zhengtong.exchange.receiving.ExchangeClient.YANG_MIN;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHANG_WEI;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHAO_LEI;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHOU_QIANG;
import static io.zhengtong.exchange.receiving.ExchangeClient.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.receiving.ExchangeClient;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * 催办: the sending unit reminds recipients by hand from its board, and the schedule reminds
 * overdue copies by itself, once per copy even when two instances run at the same moment.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class RemindersIT {

    static final String XU_MING = "xu.ming"; // staff, shuangshipu: only this test sends it documents

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AutomaticReminders automatic;

    ExchangeClient api;

    @BeforeEach
    void client() {
        api = new ExchangeClient(port);
    }

    long auditLines(Object documentId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE document_id = ? AND action = ?")
            .params(documentId.toString(), action).query(Long.class).single();
    }

    @Test
    void theSenderRemindsEveryoneWhoHasNotSignedForAndNobodyElseMayRemind() {
        Object id = api.dispatched("关于报送2026年冬春火灾防控情况的通知", "特急", List.of("education", "housing"),
                List.of("finance")).get("id");
        Map<String, Object> education = api.awaitInInbox(YANG_MIN, id);
        api.awaitInInbox(ZHAO_LEI, id);
        api.awaitInInbox(ZHOU_QIANG, id);
        api.ok(YANG_MIN, "POST", "/api/exchange/inbox/" + education.get("id") + "/sign-for", Map.of());
        String reminders = "/api/exchange/outgoing/" + id + "/reminders";

        // another unit, even an addressed one, does not find the document to remind about
        assertThat(api.call(YANG_MIN, "POST", reminders, Map.of()).getStatusCode().value()).isEqualTo(404);
        // education signed for it: naming it refuses the whole request, housing is not reminded either
        ResponseEntity<Map> refused = api.call(ZHANG_WEI, "POST", reminders,
                Map.of("recipients", List.of("housing", "education")));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(row(api.board(id), "housing")).containsEntry("reminders", 0);
        assertThat(api.call(ZHANG_WEI, "POST", reminders, Map.of("recipients", List.of("culture-tourism")))
            .getStatusCode().value()).isEqualTo(422);

        Map<String, Object> board = api.ok(ZHANG_WEI, "POST", reminders, Map.of("message", "请今日下班前签收"));

        assertThat(row(board, "housing")).containsEntry("reminders", 1);
        assertThat(row(board, "finance")).containsEntry("reminders", 1);
        assertThat(row(board, "housing").get("lastRemindedAt")).isNotNull();
        assertThat(row(board, "education")).containsEntry("reminders", 0);
        assertThat(row(board, "education").get("lastRemindedAt")).isNull();
        Map<String, Object> housingLine = api.inbox(ZHAO_LEI, "PENDING").stream()
            .filter(i -> id.equals(i.get("documentId"))).findFirst().orElseThrow();
        assertThat(housingLine).containsEntry("reminders", 1);
        assertThat(housingLine.get("lastRemindedAt")).isEqualTo(row(board, "housing").get("lastRemindedAt"));
        assertThat(auditLines(id, "REMINDED")).isEqualTo(2);
        assertThat(api.ok(ZHANG_WEI, "GET", "/api/exchange/outgoing/" + id + "/audit", null))
            .containsEntry("intact", true);
    }

    @Test
    void anOverdueCopyIsRemindedOnceWhenItIsDueEvenByTwoInstancesAtOnceAndNeverAfterSignFor() throws Exception {
        Object id = api.dispatched("关于做好双石铺镇防汛物资储备的紧急通知", "特急", List.of("shuangshipu"), List.of())
            .get("id");
        Map<String, Object> copy = api.awaitInInbox(XU_MING, id);
        UUID documentId = UUID.fromString(id.toString());
        Instant due = Instant.parse((String) row(api.board(id), "shuangshipu").get("nextReminderAt"));

        assertThat(automatic.sendDue(due.minusSeconds(1), documentId)).as("not yet due").isZero();

        // two instances' schedules reach the copy at the same moment: one reminder
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> automatic.sendDue(due, documentId));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> automatic.sendDue(due, documentId));
        assertThat(one.get() + other.get()).isEqualTo(1);

        Map<String, Object> row = row(api.board(id), "shuangshipu");
        assertThat(row).containsEntry("reminders", 1);
        assertThat(Instant.parse((String) row.get("lastRemindedAt"))).isEqualTo(due);
        assertThat(Instant.parse((String) row.get("nextReminderAt"))).isAfter(due);
        assertThat(auditLines(id, "REMINDED")).isEqualTo(1);
        assertThat(automatic.sendDue(due.plusSeconds(60), documentId)).as("the next one is a delay later").isZero();

        api.ok(XU_MING, "POST", "/api/exchange/inbox/" + copy.get("id") + "/sign-for", Map.of());
        assertThat(automatic.sendDue(due.plus(java.time.Duration.ofDays(30)), documentId)).isZero();
        assertThat(row(api.board(id), "shuangshipu")).containsEntry("reminders", 1).containsEntry("status", "SIGNED_FOR");
    }
}
