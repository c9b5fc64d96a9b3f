package io.zhengtong.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** A service reads the realm with one client token, whether it lists units or looks people up. */
class DirectoryAutoConfigurationTest {

    private static final String KEYCLOAK = "http://keycloak.test/auth";
    private static final String ADMIN = KEYCLOAK + "/admin/realms/zhengtong/";

    private final RestClient.Builder http = RestClient.builder();
    private final MockRestServiceServer keycloak = MockRestServiceServer.bindTo(http).build();
    private final ApplicationContextRunner service = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DirectoryAutoConfiguration.class))
        .withBean(RestClient.Builder.class, () -> http);

    private void expect(String path, String json) {
        keycloak.expect(requestTo(ADMIN + path)).andExpect(header("Authorization", "Bearer service-token"))
            .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    @Test
    void theUnitListAndThePeopleLookupsShareOneServiceToken() {
        keycloak.expect(requestTo(KEYCLOAK + "/realms/zhengtong/protocol/openid-connect/token"))
            .andExpect(method(HttpMethod.POST))
            .andRespond(withSuccess("{\"access_token\":\"service-token\",\"expires_in\":300}", MediaType.APPLICATION_JSON));
        expect("groups?briefRepresentation=false&max=1000", "[{\"id\":\"g0\",\"name\":\"fengxian\"}]");
        expect("groups/g0/children?briefRepresentation=false&max=1000", "[]");
        expect("users?username=liu.yang&exact=true",
                "[{\"id\":\"u2\",\"username\":\"liu.yang\",\"lastName\":\"刘\",\"firstName\":\"洋\",\"enabled\":true}]");
        expect("users/u2/groups", "[{\"id\":\"g0\",\"name\":\"fengxian\",\"path\":\"/fengxian\"}]");

        service.withPropertyValues("zhengtong.directory.keycloak-url=" + KEYCLOAK,
                "zhengtong.directory.client-id=mailbox-service", "zhengtong.directory.client-secret=s3cret")
            .run(context -> {
                assertThat(context).hasSingleBean(KeycloakServiceAccount.class);
                assertThat(context.getBean(OrganisationDirectory.class).units()).extracting(Unit::code)
                    .containsExactly("fengxian");
                // A second token request would fail the mock server.
                assertThat(context.getBean(UnitMembers.class).member("liu.yang")).map(UnitMember::name).hasValue("刘洋");
            });
        keycloak.verify();
    }

    @Test
    void aServiceWithoutKeycloakConfiguredHasNoDirectoryAndAsksForNoToken() {
        service.run(context -> assertThat(context).doesNotHaveBean(KeycloakServiceAccount.class)
            .doesNotHaveBean(OrganisationDirectory.class)
            .doesNotHaveBean(UnitMembers.class));
        keycloak.verify();
    }
}
