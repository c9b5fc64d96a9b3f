package io.zhengtong.exchange.audit.web;

import static io.zhengtong.exchange.ExchangeScenarios.YANG_MIN;
import static io.zhengtong.exchange.ExchangeScenarios.ZHANG_WEI;
import static io.zhengtong.exchange.ExchangeScenarios.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * The recipient checks the document's audit chain; rows deleted from the end of the chain with
 * plain SQL (which leaves a chain consistent in itself) are found against the head on the document.
 */
@IntegrationTest
class InboxAuditIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SendingDocuments sending;

    ExchangeScenarios exchange;

    @BeforeEach
    void client() {
        exchange = new ExchangeScenarios(port, jdbc, sending);
    }

    record Received(Object documentId, UUID inbox) {
    }

    Received signedForByEducation(String title) {
        Map<String, Object> sent = exchange.sentByGovOffice(title, "加急", List.of("education"), List.of());
        UUID inbox = exchange.awaitDelivery(sent.get("id"), "education");
        exchange.signFor(YANG_MIN, inbox);
        return new Received(sent.get("id"), inbox);
    }

    int lastSequence(Object documentId) {
        return jdbc.sql("SELECT MAX(sequence) FROM audit_entry WHERE document_id = ?").param(documentId.toString())
            .query(Integer.class).single();
    }

    @Test
    void theRecipientSeesAnIntactChainAndAnotherUnitCannotAskForIt() {
        Received received = signedForByEducation("关于核对审计链的通知（完整）");

        Map<String, Object> check = exchange.expect(200, YANG_MIN, "GET", "/api/exchange/inbox/" + received.inbox() + "/audit",
                null);
        // 拟稿, 送核稿, 核稿, 签发, 分发, 送达, 阅读, 签收
        assertThat(check).containsEntry("intact", true).containsEntry("entries", 8);
        assertThat(jdbc.sql("SELECT audit_sequence FROM outgoing_document WHERE id = ?")
            .param(received.documentId().toString()).query(Integer.class).single()).isEqualTo(8);
        assertThat(exchange.call(ZHAO_LEI, "GET", "/api/exchange/inbox/" + received.inbox() + "/audit", null)
            .getStatusCode().value()).isEqualTo(404);
        assertThat(exchange.call(ZHANG_WEI, "GET", "/api/exchange/inbox/" + received.inbox() + "/audit", null)
            .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void deletingTheLastAuditRowIsReportedToTheRecipientAndTheSender() {
        Received received = signedForByEducation("关于核对审计链的通知（删除末条）");
        int last = lastSequence(received.documentId());

        jdbc.sql("DELETE FROM audit_entry WHERE document_id = ? AND sequence = ?")
            .params(received.documentId().toString(), last).update();

        Map<String, Object> recipient = exchange.expect(200, YANG_MIN, "GET",
                "/api/exchange/inbox/" + received.inbox() + "/audit", null);
        assertThat(recipient).containsEntry("intact", false).containsEntry("firstBrokenSequence", last)
            .containsEntry("message", "审计链末尾的第 " + last + " 条记录缺失（被删除）：公文上登记的最新记录是第 " + last + " 条。");
        assertThat(exchange.expect(200, ZHANG_WEI, "GET", "/api/exchange/outgoing/" + received.documentId() + "/audit",
                null)).containsEntry("intact", false).containsEntry("firstBrokenSequence", last);
    }

    @Test
    void erasingTheHeadOnTheDocumentToHideADeletionIsReported() {
        Received received = signedForByEducation("关于核对审计链的通知（清除链头）");
        int last = lastSequence(received.documentId());

        jdbc.sql("DELETE FROM audit_entry WHERE document_id = ? AND sequence = ?")
            .params(received.documentId().toString(), last).update();
        jdbc.sql("UPDATE outgoing_document SET audit_sequence = NULL, audit_head = NULL WHERE id = ?")
            .param(received.documentId().toString()).update();

        assertThat(exchange.expect(200, YANG_MIN, "GET", "/api/exchange/inbox/" + received.inbox() + "/audit", null))
            .containsEntry("intact", false);
    }
}
