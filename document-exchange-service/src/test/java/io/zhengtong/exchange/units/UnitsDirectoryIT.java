package io.zhengtong.exchange.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/** The OA's recipient picker lists the county's units from the organisation directory (Keycloak). */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class UnitsDirectoryIT {

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @Test
    void aClerkPicksRecipientsFromEveryUnitOfTheCountyByName() {
        ResponseEntity<List> response = http().get().uri("/api/exchange/units")
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken("zhang.wei")))
            .retrieve().toEntity(List.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> units = response.getBody();
        assertThat(units).extracting(u -> u.get("code")).contains("gov-office", "education", "housing", "finance")
            .doesNotContain("fengxian"); // the county itself is no addressee
        assertThat(units).filteredOn(u -> "education".equals(u.get("code"))).singleElement()
            .satisfies(u -> {
                assertThat(u.get("name")).isEqualTo("凤县教育局");
                assertThat(u.get("shortName")).isEqualTo("凤教");
            });
    }

    @Test
    void theUnitListIsNotPublic() {
        assertThat(http().get().uri("/api/exchange/units").retrieve().toBodilessEntity().getStatusCode().value())
            .isEqualTo(401);
    }
}
