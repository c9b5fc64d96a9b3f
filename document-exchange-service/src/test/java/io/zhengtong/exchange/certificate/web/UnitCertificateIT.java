package io.zhengtong.exchange.certificate.web;

import static io.zhengtong.exchange.ExchangeScenarios.LIU_YANG;
import static io.zhengtong.exchange.ExchangeScenarios.MA_JUN;
import static io.zhengtong.exchange.ExchangeScenarios.ZHANG_WEI;
import static io.zhengtong.exchange.ExchangeScenarios.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.exchange.sending.OutgoingDocumentView;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * 马军 (platform-admin) revokes and renews unit certificates; the housing bureau (赵磊) opens
 * documents signed before and after. Units used here send nothing in other tests (双石铺镇,
 * 发展和改革局), so revoking their keys disturbs no one; each test ends with a renewed key.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class UnitCertificateIT {

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

    static String certificate(String unit) {
        return "/api/exchange/admin/units/" + unit + "/certificate";
    }

    Map<String, Object> signatureAtHousing(UUID inbox) {
        return (Map<String, Object>) exchange.expect(200, ZHAO_LEI, "GET", "/api/exchange/inbox/" + inbox, null)
            .get("signature");
    }

    @Test
    void afterRevocationForAKeyCompromiseItsDocumentsAreInvalidCannotBeSignedForAndTheUnitCannotSendUntilRenewed() {
        String unit = "shuangshipu";
        Map<String, Object> before = exchange.expect(200, MA_JUN, "GET", certificate(unit), null);
        if (!"VALID".equals(before.get("status"))) { // left revoked by an interrupted run
            before = exchange.expect(200, MA_JUN, "POST", certificate(unit) + "/renew", null);
        }
        String oldSerial = (String) before.get("serialNumber");
        assertThat((String) before.get("subject")).contains("OU=" + unit);

        OutgoingDocumentView sent = exchange.sentBy(unit, "关于秋冬季森林防火的报告（吊销前签发）", List.of("housing"));
        UUID inbox = exchange.awaitDelivery(sent.id(), "housing");
        OutgoingDocumentView waiting = exchange.signedOffBy(unit, "关于农村道路养护的报告（待分发）", List.of("housing"));
        assertThat(signatureAtHousing(inbox)).containsEntry("status", "VALID");

        // only the platform administrator
        assertThat(exchange.call(ZHANG_WEI, "GET", certificate(unit), null).getStatusCode().value()).isEqualTo(403);
        assertThat(exchange.call(ZHANG_WEI, "POST", certificate(unit) + "/revoke", Map.of("reason", "KEY_COMPROMISE"))
            .getStatusCode().value()).isEqualTo(403);
        assertThat(exchange.call(ZHANG_WEI, "POST", certificate(unit) + "/renew", null).getStatusCode().value())
            .isEqualTo(403);
        // a leader is not an administrator either, and the refused calls changed nothing
        assertThat(exchange.call(LIU_YANG, "POST", certificate(unit) + "/renew", null).getStatusCode().value())
            .isEqualTo(403);
        assertThat(exchange.expect(200, MA_JUN, "GET", certificate(unit), null))
            .containsEntry("serialNumber", oldSerial).containsEntry("status", "VALID");
        assertThat(exchange.call(MA_JUN, "POST", certificate(unit) + "/revoke", Map.of("reason", "丢了"))
            .getStatusCode().value()).isEqualTo(422);
        assertThat(exchange.call(MA_JUN, "GET", certificate("no-such-unit"), null).getStatusCode().value()).isEqualTo(404);

        Map<String, Object> revoked = exchange.expect(200, MA_JUN, "POST", certificate(unit) + "/revoke",
                Map.of("reason", "KEY_COMPROMISE", "remark", "U盾遗失"));
        assertThat(revoked).containsEntry("status", "REVOKED").containsEntry("statusLabel", "已吊销")
            .containsEntry("serialNumber", oldSerial).containsEntry("revocationReasonLabel", "密钥泄露")
            .containsEntry("revocationRemark", "U盾遗失");
        assertThat(exchange.call(MA_JUN, "POST", certificate(unit) + "/revoke", Map.of("reason", "KEY_COMPROMISE"))
            .getStatusCode().value()).isEqualTo(409);

        // the recipient sees INVALID with the reason, and cannot sign for it
        Map<String, Object> signature = signatureAtHousing(inbox);
        assertThat(signature).containsEntry("status", "INVALID").containsEntry("failure", "CERTIFICATE_REVOKED");
        assertThat((String) signature.get("message")).contains("吊销（密钥泄露）");
        Map<String, Object> refused = exchange.expect(422, ZHAO_LEI, "POST", "/api/exchange/inbox/" + inbox + "/sign-for",
                Map.of());
        assertThat(refused).containsEntry("type", "urn:zhengtong:problem:invalid-signature");
        // the unit cannot dispatch with the revoked key
        assertThatThrownBy(() -> exchange.dispatch(unit, waiting)).isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("吊销");

        Map<String, Object> renewed = exchange.expect(200, MA_JUN, "POST", certificate(unit) + "/renew", null);
        assertThat(renewed).containsEntry("status", "VALID");
        assertThat(renewed.get("serialNumber")).isNotEqualTo(oldSerial);
        assertThat((List<Map>) renewed.get("previous")).first()
            .satisfies(p -> assertThat(p).containsEntry("serialNumber", oldSerial).containsEntry("reason", "KEY_COMPROMISE"));

        // what the compromised key signed stays invalid; the new key signs valid documents
        assertThat(signatureAtHousing(inbox)).containsEntry("status", "INVALID");
        OutgoingDocumentView after = exchange.dispatch(unit, waiting);
        UUID secondInbox = exchange.awaitDelivery(after.id(), "housing");
        Map<String, Object> newSignature = signatureAtHousing(secondInbox);
        assertThat(newSignature).containsEntry("status", "VALID");
        assertThat((Map) newSignature.get("certificate")).containsEntry("serialNumber", renewed.get("serialNumber"));
        exchange.expect(200, ZHAO_LEI, "POST", "/api/exchange/inbox/" + secondInbox + "/sign-for", Map.of());
    }

    @Test
    void aDocumentSignedBeforeARenewalStillVerifiesWithTheOldCertificate() {
        String unit = "development-reform";
        Map<String, Object> before = exchange.expect(200, MA_JUN, "GET", certificate(unit), null);
        if (!"VALID".equals(before.get("status"))) {
            before = exchange.expect(200, MA_JUN, "POST", certificate(unit) + "/renew", null);
        }
        String oldSerial = (String) before.get("serialNumber");
        OutgoingDocumentView sent = exchange.sentBy(unit, "关于重点项目投资进度的通报（更换前签发）", List.of("housing"));
        UUID inbox = exchange.awaitDelivery(sent.id(), "housing");

        Map<String, Object> renewed = exchange.expect(200, MA_JUN, "POST", certificate(unit) + "/renew", null);
        assertThat(renewed).containsEntry("status", "VALID");
        assertThat(renewed.get("serialNumber")).isNotEqualTo(oldSerial);
        assertThat((List<Map>) renewed.get("previous")).first()
            .satisfies(p -> assertThat(p).containsEntry("serialNumber", oldSerial).containsEntry("reason", "SUPERSEDED"));

        Map<String, Object> signature = signatureAtHousing(inbox);
        assertThat(signature).containsEntry("status", "VALID");
        assertThat((Map) signature.get("certificate")).containsEntry("serialNumber", oldSerial);
        assertThat((String) signature.get("message")).contains("签名时仍有效");
        exchange.expect(200, ZHAO_LEI, "POST", "/api/exchange/inbox/" + inbox + "/sign-for", Map.of());

        OutgoingDocumentView later = exchange.sentBy(unit, "关于重点项目投资进度的通报（更换后签发）", List.of("housing"));
        Map<String, Object> laterSignature = signatureAtHousing(exchange.awaitDelivery(later.id(), "housing"));
        assertThat(laterSignature).containsEntry("status", "VALID");
        assertThat((Map) laterSignature.get("certificate")).containsEntry("serialNumber", renewed.get("serialNumber"));
    }
}
