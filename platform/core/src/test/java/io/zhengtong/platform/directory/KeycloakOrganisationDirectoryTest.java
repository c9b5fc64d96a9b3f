package io.zhengtong.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The directory reads Keycloak's groups as Keycloak's admin API answers them. */
class KeycloakOrganisationDirectoryTest {

    private static final String KEYCLOAK = "http://keycloak.test/auth";

    private final RestClient.Builder http = RestClient.builder();
    private final MockRestServiceServer keycloak = MockRestServiceServer.bindTo(http).build();
    private final DirectoryProperties properties = new DirectoryProperties(KEYCLOAK, "zhengtong", "portal-service", "s3cret",
            "fengxian", Duration.ofMinutes(10));
    private final KeycloakOrganisationDirectory directory = new KeycloakOrganisationDirectory(properties, http,
            new KeycloakServiceAccount(properties, http.clone().baseUrl(KEYCLOAK).build(), Clock.systemUTC()));

    private void expectToken() {
        keycloak.expect(requestTo(KEYCLOAK + "/realms/zhengtong/protocol/openid-connect/token"))
            .andExpect(method(HttpMethod.POST))
            .andRespond(withSuccess("{\"access_token\":\"service-token\",\"expires_in\":300}", MediaType.APPLICATION_JSON));
    }

    private void expectGroups(String path, String json) {
        keycloak.expect(requestTo(KEYCLOAK + "/admin/realms/zhengtong/" + path))
            .andExpect(header("Authorization", "Bearer service-token"))
            .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private static String group(String id, String code, String fullName, String shortName, String type, int sort) {
        return """
                {"id":"%s","name":"%s","attributes":{"fullName":["%s"],"shortName":["%s"],"type":["%s"],"sort":["%d"]}}"""
            .formatted(id, code, fullName, shortName, type, sort);
    }

    @Test
    void readsTheCountyTreeWithNamesAndShortNamesInDisplayOrder() {
        expectToken();
        expectGroups("groups?briefRepresentation=false&max=1000",
                "[" + group("g0", "fengxian", "凤县", "凤", "county", 0) + ","
                        + group("x", "elsewhere", "别县", "别", "county", 0) + "]");
        expectGroups("groups/g0/children?briefRepresentation=false&max=1000",
                "[" + group("g2", "education", "凤县教育局", "凤教", "department", 20) + ","
                        + group("g1", "gov-office", "凤县人民政府办公室", "凤政办", "government-office", 1) + "]");
        expectGroups("groups/g1/children?briefRepresentation=false&max=1000", "[]");
        expectGroups("groups/g2/children?briefRepresentation=false&max=1000", "[]");

        assertThat(directory.units()).containsExactly(
                new Unit("fengxian", "凤县", "凤", "county", null, 0),
                new Unit("gov-office", "凤县人民政府办公室", "凤政办", "government-office", "fengxian", 1),
                new Unit("education", "凤县教育局", "凤教", "department", "fengxian", 20));
        assertThat(directory.unit("gov-office")).map(Unit::shortName).hasValue("凤政办");
        assertThat(directory.unit("elsewhere")).isEmpty();
        keycloak.verify();
    }

    @Test
    void servesTheCachedListWithoutAskingKeycloakAgain() {
        expectToken();
        expectGroups("groups?briefRepresentation=false&max=1000", "[" + group("g0", "fengxian", "凤县", "凤", "county", 0) + "]");
        expectGroups("groups/g0/children?briefRepresentation=false&max=1000", "[]");

        directory.units();
        assertThat(directory.units()).hasSize(1); // a second request would fail the mock server

        keycloak.verify();
    }

    @Test
    void anUnreachableKeycloakGivesAnEmptyDirectoryNotAnError() {
        keycloak.expect(ExpectedCount.times(2), requestTo(KEYCLOAK + "/realms/zhengtong/protocol/openid-connect/token"))
            .andRespond(withServerError());

        assertThat(directory.units()).isEmpty();
        assertThat(directory.unit("gov-office")).isEmpty(); // and it tries again rather than caching the failure
        keycloak.verify();
    }
}
