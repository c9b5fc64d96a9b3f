package io.zhengtong.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * What every service promises the gateway, the OA client and operators, checked against the real
 * MariaDB and Keycloak. A service's {@code *ServiceContractIT} extends this and adds nothing.
 */
@IntegrationTest
public abstract class ServiceContractTests {

    @LocalServerPort
    int port;

    @Value("${zhengtong.service.name}")
    String service;

    @Autowired
    JdbcTemplate jdbc;

    private RestClient http() {
        return RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
    }

    @Test
    void reportsReadyToTheLauncherAndKubernetes() {
        ResponseEntity<Map> readiness = http().get().uri("/actuator/health/readiness").retrieve().toEntity(Map.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
    }

    @Test
    void keepsItsMetricsFromAnonymousCallers() {
        ResponseEntity<String> metrics = http().get().uri("/actuator/prometheus").retrieve().toEntity(String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void describesItsApiInOpenApiUnderItsOwnPath() {
        ResponseEntity<Map> docs = http().get().uri("/api/{service}/v3/api-docs", service).retrieve().toEntity(Map.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, ?>) docs.getBody().get("paths")).containsKey("/api/" + service + "/me");
    }

    @Test
    void tellsAStaffMemberWhoTheyAreAndNamesTheirUnitFromTheDirectory() {
        String token = KeycloakTokens.accessToken(DemoAccounts.COUNTY_OFFICE_EDITOR);

        ResponseEntity<Map> me = http().get().uri("/api/{service}/me", service)
            .headers(headers -> headers.setBearerAuth(token))
            .retrieve()
            .toEntity(Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("username", DemoAccounts.COUNTY_OFFICE_EDITOR)
            .containsEntry("unitCode", DemoAccounts.COUNTY_OFFICE_CODE);
        assertThat((String) me.getBody().get("unitName")).contains("办公室");
        assertThat((Iterable<String>) me.getBody().get("roles")).contains("staff");
    }

    @Test
    void answersAnAnonymousCallerWithA401ProblemInChinese() {
        ResponseEntity<Map> me = http().get().uri("/api/{service}/me", service).retrieve().toEntity(Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(me.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(me.getBody()).containsEntry("status", 401).containsEntry("title", "未登录或登录已过期");
    }

    @Test
    void refusesAForgedTokenWithA401Problem() {
        String token = KeycloakTokens.accessToken(DemoAccounts.COUNTY_OFFICE_EDITOR);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        ResponseEntity<Map> me = http().get().uri("/api/{service}/me", service)
            .headers(headers -> headers.setBearerAuth(forged))
            .retrieve()
            .toEntity(Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void answersACitizenWithoutTheStaffRoleWithA403Problem() {
        String token = KeycloakTokens.accessToken(DemoAccounts.CITIZEN);

        ResponseEntity<Map> me = http().get().uri("/api/{service}/me", service)
            .headers(headers -> headers.setBearerAuth(token))
            .retrieve()
            .toEntity(Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(me.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(me.getBody()).containsEntry("status", 403).containsEntry("title", "没有访问权限");
    }

    @Test
    void ownsItsSchemaThroughFlywayMigrations() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success = 1", Integer.class);

        assertThat(applied).isEqualTo(1);
    }
}
