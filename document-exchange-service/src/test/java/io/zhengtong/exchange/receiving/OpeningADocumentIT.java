package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.receiving.ExchangeClient.SUN_HAO;
import static io.zhengtong.exchange.receiving.ExchangeClient.YANG_MIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.platform.test.IntegrationTest;

/**
 * Opening a delivered document: only the first opening is written, so colleagues reading it do
 * not get in each other's way; the signature check shown is remembered while nothing changed,
 * and an altered file or metadata still shows INVALID and blocks 签收.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class OpeningADocumentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ExchangeClient api;

    @BeforeEach
    void client() {
        api = new ExchangeClient(port);
    }

    String delivered(String title) {
        Object id = api.dispatched(title, "加急", List.of("education"), List.of()).get("id");
        return "/api/exchange/inbox/" + api.awaitInInbox(YANG_MIN, id).get("id");
    }

    long readLines(Object documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE document_id = ? AND action = 'READ'")
            .param(documentId.toString()).query(Long.class).single();
    }

    @Test
    void twoColleaguesOpenTheDocumentAndTheOneWhoOpenedItFirstStillSignsForIt() {
        String copy = delivered("关于做好冬季校园安全工作的通知");

        Map<String, Object> first = api.ok(YANG_MIN, "GET", copy, null);
        Object checkedAt = lastCheck(first.get("documentId"));
        Map<String, Object> second = api.ok(SUN_HAO, "GET", copy, null);
        Map<String, Object> again = api.ok(YANG_MIN, "GET", copy, null);

        assertThat(lastCheck(first.get("documentId"))).as("later openings reuse the remembered check")
            .isEqualTo(checkedAt);

        assertThat(second.get("version")).as("a later opening changes nothing").isEqualTo(first.get("version"));
        assertThat(again.get("version")).isEqualTo(first.get("version"));
        assertThat(second).containsEntry("firstReadBy", YANG_MIN).containsEntry("status", "READ");
        assertThat((List<Map<String, Object>>) again.get("history")).extracting(h -> h.get("action"))
            .containsExactly("DELIVERED", "READ");
        assertThat(readLines(first.get("documentId"))).isEqualTo(1);
        assertThat((Map) second.get("signature")).containsEntry("status", "VALID");

        ResponseEntity<Map> signedFor = api.call(YANG_MIN, "POST", copy + "/sign-for",
                Map.of("version", first.get("version")));
        assertThat(signedFor.getStatusCode().value()).as(String.valueOf(signedFor.getBody())).isEqualTo(200);
        assertThat(signedFor.getBody()).containsEntry("status", "SIGNED_FOR");
    }

    @Test
    void twoColleaguesOpeningANewCopyAtTheSameMomentBothReadItAndOneReadingIsRecorded() throws Exception {
        String copy = delivered("关于做好寒假前学生安全教育的通知");

        CompletableFuture<ResponseEntity<Map>> one = CompletableFuture.supplyAsync(() -> api.call(YANG_MIN, "GET", copy, null));
        CompletableFuture<ResponseEntity<Map>> other = CompletableFuture.supplyAsync(() -> api.call(SUN_HAO, "GET", copy, null));

        assertThat(one.get().getStatusCode().value()).as(String.valueOf(one.get().getBody())).isEqualTo(200);
        assertThat(other.get().getStatusCode().value()).as(String.valueOf(other.get().getBody())).isEqualTo(200);
        assertThat(readLines(one.get().getBody().get("documentId"))).isEqualTo(1);
        assertThat(api.ok(SUN_HAO, "GET", copy, null)).containsEntry("version", 1);
    }

    Object lastCheck(Object documentId) {
        return jdbc.sql("SELECT checked_at FROM signature_check WHERE document_id = ?").param(documentId.toString())
            .query(String.class).single();
    }

    @Test
    void aFileAlteredInTheDatabaseAfterAnOpeningShowsInvalidAndCannotBeSignedFor() {
        String copy = delivered("关于报送中小学校舍安全排查情况的通知");
        Map<String, Object> opened = api.ok(YANG_MIN, "GET", copy, null);
        assertThat((Map) opened.get("signature")).containsEntry("status", "VALID");
        Object documentId = opened.get("documentId");

        // someone with database access flips one byte of the stored (encrypted) body
        byte[] stored = jdbc.sql("SELECT content FROM outgoing_file WHERE document_id = ? AND position = 0")
            .param(documentId.toString()).query(byte[].class).single();
        stored[stored.length / 2] ^= 0x01;
        jdbc.sql("UPDATE outgoing_file SET content = ? WHERE document_id = ? AND position = 0")
            .params(stored, documentId.toString()).update();

        Map<String, Object> reopened = api.ok(SUN_HAO, "GET", copy, null);
        assertThat((Map) reopened.get("signature")).containsEntry("status", "INVALID")
            .containsEntry("failure", "FILE_ALTERED");
        ResponseEntity<Map> refused = api.call(YANG_MIN, "POST", copy + "/sign-for", Map.of());
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:invalid-signature");
    }

    @Test
    void metadataAlteredInTheDatabaseAfterAnOpeningShowsInvalidAndCannotBeSignedFor() {
        String copy = delivered("关于开展教师资格定期注册工作的通知");
        Map<String, Object> opened = api.ok(YANG_MIN, "GET", copy, null);
        Object documentId = opened.get("documentId");

        jdbc.sql("UPDATE outgoing_document SET state = REPLACE(state, '关于开展教师资格定期注册工作的通知', "
                + "'关于暂停教师资格定期注册工作的通知') WHERE id = ?").param(documentId.toString()).update();

        Map<String, Object> reopened = api.ok(YANG_MIN, "GET", copy, null);
        assertThat((Map) reopened.get("signature")).containsEntry("status", "INVALID")
            .containsEntry("failure", "METADATA_ALTERED");
        assertThat(api.call(YANG_MIN, "POST", copy + "/sign-for", Map.of()).getStatusCode().value()).isEqualTo(422);
        assertThat(api.ok(YANG_MIN, "GET", copy, null)).containsEntry("status", "READ");
    }
}
