package io.zhengtong.exchange.handling.web;

import static io.zhengtong.exchange.ExchangeScenarios.LIU_YANG;
import static io.zhengtong.exchange.ExchangeScenarios.LI_NA;
import static io.zhengtong.exchange.ExchangeScenarios.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.platform.directory.DirectoryProperties;
import io.zhengtong.platform.directory.KeycloakServiceAccount;
import io.zhengtong.platform.directory.KeycloakUnitMembers;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * Keycloak's admin API cannot be reached for the people lookup (the real client, pointed at a
 * port nobody listens on): 批办 fails closed, a 503 in Chinese that says to try again, and
 * nothing is saved; a clerk trying 批办 still gets the plain 403, the directory not being asked.
 */
@IntegrationTest
class InstructingWithoutTheDirectoryIT {

    @TestConfiguration
    static class UnreachableDirectory {

        @Bean
        UnitMembers unreachableUnitMembers(DirectoryProperties real, OrganisationDirectory directory) {
            String nowhere = "http://127.0.0.1:9/auth";
            DirectoryProperties away = new DirectoryProperties(nowhere, real.realm(), real.clientId(), real.clientSecret(),
                    real.rootGroup(), real.cacheTtl());
            return new KeycloakUnitMembers(away, RestClient.builder(),
                    new KeycloakServiceAccount(away, RestClient.builder().baseUrl(nowhere).build(), Clock.systemUTC()),
                    directory);
        }
    }

    final ExchangeScenarios exchange;

    @Autowired
    InstructingWithoutTheDirectoryIT(@LocalServerPort int port, JdbcClient jdbc, SendingDocuments sending) {
        exchange = new ExchangeScenarios(port, jdbc, sending);
    }

    @Test
    void theLeadersInstructionIsRefusedWithA503AndNothingIsSaved() {
        UUID inbox = exchange.awaitDelivery(exchange.sentByEducation("关于做好冬季校园安全工作的通知", List.of("gov-office")).id(),
                "gov-office");
        String handling = "/api/exchange/inbox/" + inbox + "/handling";
        exchange.signFor(ZHANG_WEI, inbox);
        exchange.expect(200, ZHANG_WEI, "POST", handling + "/register", Map.of());
        Map<String, Object> proposed = exchange.expect(200, ZHANG_WEI, "POST", handling + "/propose",
                Map.of("opinion", "拟请刘主任阅示"));

        Map<String, Object> instruct = new HashMap<>();
        instruct.put("opinion", "同意，张伟办理");
        instruct.put("handlers", List.of(ZHANG_WEI));
        Map<String, Object> refused = exchange.expect(503, LIU_YANG, "POST", handling + "/instruct", instruct);

        assertThat(refused).containsEntry("type", "urn:zhengtong:problem:directory-unavailable")
            .containsEntry("title", "人员目录暂不可用");
        assertThat(refused.get("detail")).asString().contains("稍后再试");
        assertThat(exchange.expect(200, LIU_YANG, "GET", handling, null))
            .containsEntry("status", "PROPOSED").containsEntry("version", proposed.get("version"));
        assertThat(exchange.call(LI_NA, "POST", handling + "/instruct", instruct).getStatusCode().value()).isEqualTo(403);
    }
}
