package io.zhengtong.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** A unit's people as pickers need them, read the way Keycloak's admin API answers. */
class KeycloakUnitMembersTest {

    private static final String KEYCLOAK = "http://keycloak.test/auth";
    private static final String ADMIN = KEYCLOAK + "/admin/realms/zhengtong/";

    private final RestClient.Builder http = RestClient.builder();
    private final MockRestServiceServer keycloak = MockRestServiceServer.bindTo(http).build();
    private final OrganisationDirectory directory = () -> List.of(
            new Unit("fengxian", "凤县", "凤", "county", null, 0),
            new Unit("gov-office", "凤县人民政府办公室", "凤政办", "government-office", "fengxian", 1));
    private final DirectoryProperties properties = new DirectoryProperties(KEYCLOAK, "zhengtong", "mailbox-service", "s3cret",
            "fengxian", Duration.ofMinutes(10));
    private final KeycloakUnitMembers members = new KeycloakUnitMembers(properties, http,
            new KeycloakServiceAccount(properties, http.clone().baseUrl(KEYCLOAK).build(), Clock.systemUTC()), directory);

    private void expectToken() {
        keycloak.expect(requestTo(KEYCLOAK + "/realms/zhengtong/protocol/openid-connect/token"))
            .andExpect(method(HttpMethod.POST))
            .andRespond(withSuccess("{\"access_token\":\"service-token\",\"expires_in\":300}", MediaType.APPLICATION_JSON));
    }

    private void expect(String path, String json) {
        keycloak.expect(requestTo(ADMIN + path)).andExpect(header("Authorization", "Bearer service-token"))
            .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private static String user(String id, String username, String last, String first, boolean enabled) {
        return """
                {"id":"%s","username":"%s","lastName":"%s","firstName":"%s","enabled":%s}"""
            .formatted(id, username, last, first, enabled);
    }

    private void expectRoles(String userId, String... roles) {
        StringBuilder json = new StringBuilder("[{\"name\":\"default-roles-zhengtong\"}");
        for (String role : roles) {
            json.append(",{\"name\":\"").append(role).append("\"}");
        }
        expect("users/" + userId + "/role-mappings/realm/composite", json.append(']').toString());
    }

    @Test
    void aUnitsLeadersAreItsEnabledMembersHoldingTheRoleInPinyinOrder() {
        expectToken();
        expect("group-by-path/fengxian/gov-office", "{\"id\":\"g1\",\"name\":\"gov-office\",\"path\":\"/fengxian/gov-office\"}");
        expect("groups/g1/members?briefRepresentation=false&max=500", "[" + user("u1", "zhang.wei", "张", "伟", true) + ","
                + user("u2", "liu.yang", "刘", "洋", true) + "," + user("u3", "gone", "旧", "人", false) + ","
                + user("u4", "chen.xian", "陈", "县长", true) + "]");
        expectRoles("u1", "staff", "editor");
        expectRoles("u2", "staff", "leader");
        expectRoles("u4", "leader");

        assertThat(members.members("gov-office", "leader")).containsExactly(
                new UnitMember("chen.xian", "陈县长", "gov-office"), new UnitMember("liu.yang", "刘洋", "gov-office"));
        // Asked again within the short time-to-live: served without Keycloak (another request would fail the mock).
        assertThat(members.members("gov-office", "leader")).hasSize(2);
        keycloak.verify();
    }

    @Test
    void withoutARoleEveryEnabledMemberIsListed() {
        expectToken();
        expect("group-by-path/fengxian/gov-office", "{\"id\":\"g1\",\"name\":\"gov-office\"}");
        expect("groups/g1/members?briefRepresentation=false&max=500", "[" + user("u1", "zhang.wei", "张", "伟", true) + ","
                + user("u3", "gone", "旧", "人", false) + "]");

        assertThat(members.members("gov-office", null)).containsExactly(new UnitMember("zhang.wei", "张伟", "gov-office"));
        keycloak.verify();
    }

    @Test
    void aUnitTheDirectoryDoesNotKnowHasNobodyAndKeycloakIsNotAsked() {
        assertThat(members.members("no-such-bureau", "leader")).isEmpty();
        keycloak.verify();
    }

    @Test
    void onePersonIsFoundByUsernameWithTheUnitOfTheirCountyGroup() {
        expectToken();
        expect("users?username=liu.yang&exact=true", "[" + user("u2", "liu.yang", "刘", "洋", true) + "]");
        expect("users/u2/groups", "[{\"id\":\"x\",\"name\":\"choir\",\"path\":\"/choir\"},"
                + "{\"id\":\"g1\",\"name\":\"gov-office\",\"path\":\"/fengxian/gov-office\"}]");

        assertThat(members.member("liu.yang")).hasValue(new UnitMember("liu.yang", "刘洋", "gov-office"));
    }

    @Test
    void membersCarryTheirEmailAndThePhoneNumberAttributeSoTheyCanBeNotified() {
        expectToken();
        expect("group-by-path/fengxian/gov-office", "{\"id\":\"g1\",\"name\":\"gov-office\"}");
        expect("groups/g1/members?briefRepresentation=false&max=500", """
                [{"id":"u5","username":"lin.xue","lastName":"林","firstName":"雪","enabled":true,"email":"lin.xue@fengxian.example",
                  "attributes":{"phoneNumber":["13900000005"]}},
                 {"id":"u6","username":"gao.jie","lastName":"高","firstName":"洁","enabled":true,"email":" "}]""");
        expectRoles("u5", "staff", "dispatcher");
        expectRoles("u6", "staff", "dispatcher");

        assertThat(members.members("gov-office", "dispatcher")).containsExactly(
                new UnitMember("gao.jie", "高洁", "gov-office", null, null),
                new UnitMember("lin.xue", "林雪", "gov-office", "lin.xue@fengxian.example", "13900000005"));
        keycloak.verify();
    }

    @Test
    void keycloakDownAnswersServiceUnavailableRatherThanAnEmptyList() {
        keycloak.expect(requestTo(KEYCLOAK + "/realms/zhengtong/protocol/openid-connect/token")).andRespond(withServerError());

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> members.members("gov-office", "leader"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("directory-unavailable");
    }
}
