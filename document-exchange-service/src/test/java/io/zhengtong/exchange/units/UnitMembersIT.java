package io.zhengtong.exchange.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.platform.test.DemoAccounts;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * The handler picker of 批办 lists the unit's own people from the directory (Keycloak), with real
 * tokens: 刘洋 (leader, gov-office) picks among his office's staff; the education bureau's clerk,
 * a citizen and a made-up unit are all told "not found"; the platform administrator may look.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class UnitMembersIT {

    static final String GOV_OFFICE = DemoAccounts.COUNTY_OFFICE_CODE;

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private ResponseEntity<List> get(String user, String uri) {
        return http().get().uri(uri).headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(user))).retrieve()
            .toEntity(List.class);
    }

    private Map<String, Object> problem(String user, String uri, int status) {
        ResponseEntity<Map> response = http().get().uri(uri)
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(user))).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as(uri + " as " + user).isEqualTo(status);
        return response.getBody();
    }

    @Test
    void aLeaderPicksHandlersAmongHisOwnOfficesStaffByNameAndUsername() {
        ResponseEntity<List> response = get("liu.yang", "/api/exchange/units/gov-office/members?role=staff");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> staff = response.getBody();
        assertThat(staff).contains(Map.of("username", DemoAccounts.COUNTY_OFFICE_EDITOR, "name", DemoAccounts.COUNTY_OFFICE_EDITOR_NAME),
                Map.of("username", "zhu.hong", "name", "朱红"), Map.of("username", "liu.yang", "name", "刘洋"));
        // only the office's own people, each as exactly {username, name}
        assertThat(staff).extracting(m -> m.get("username")).doesNotContain("yang.min", "zhao.lei", "wang.xiaoming");
        // the office's driver is of the unit but handles no documents
        assertThat(staff).extracting(m -> m.get("username")).doesNotContain(ExchangeScenarios.FAN_JIANGUO);
        assertThat(staff).allSatisfy(m -> assertThat(m.keySet()).containsExactlyInAnyOrder("username", "name"));
    }

    @Test
    void aRoleNarrowsTheListAndWithoutOneEveryMemberIsListed() {
        List<Map<String, Object>> leaders = get(DemoAccounts.COUNTY_OFFICE_EDITOR, "/api/exchange/units/gov-office/members?role=leader").getBody();
        assertThat(leaders).extracting(m -> m.get("username")).contains("liu.yang").doesNotContain("zhang.wei", "zhu.hong");

        List<Map<String, Object>> everyone = get(DemoAccounts.COUNTY_OFFICE_EDITOR, "/api/exchange/units/gov-office/members").getBody();
        assertThat(everyone).extracting(m -> m.get("username")).contains("zhang.wei", "li.na", "liu.yang", "zhu.hong",
                ExchangeScenarios.FAN_JIANGUO);
    }

    @Test
    void anotherUnitsClerkACitizenAndAnUnknownUnitAreAllToldNotFound() {
        Map<String, Object> foreign = problem("yang.min", "/api/exchange/units/gov-office/members?role=staff", 404);
        Map<String, Object> unknown = problem("yang.min", "/api/exchange/units/no-such-unit/members?role=staff", 404);
        Map<String, Object> citizen = problem(DemoAccounts.CITIZEN, "/api/exchange/units/gov-office/members", 404);

        assertThat(foreign).containsEntry("type", "urn:zhengtong:problem:unit-members-not-found");
        assertThat(foreign.get("detail")).asString().contains("找不到");
        // nothing tells a foreign unit apart from one that does not exist
        assertThat(unknown).containsEntry("type", foreign.get("type")).containsEntry("title", foreign.get("title"));
        assertThat(citizen).containsEntry("type", foreign.get("type"));
        // the education bureau's own list stays open to its clerk
        assertThat(get("yang.min", "/api/exchange/units/education/members").getBody())
            .extracting(m -> ((Map) m).get("username")).contains("yang.min").doesNotContain("zhang.wei");
    }

    @Test
    void thePlatformAdministratorMayReadAnyUnitsMembers() {
        ResponseEntity<List> response = get("ma.jun", "/api/exchange/units/gov-office/members?role=leader");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) response.getBody()).contains(Map.of("username", "liu.yang", "name", "刘洋"));
    }

    @Test
    void aRoleTheExchangeDoesNotKnowIsABadRequestInChinese() {
        Map<String, Object> refused = problem("liu.yang", "/api/exchange/units/gov-office/members?role=janitor", 400);

        assertThat(refused).containsEntry("type", "urn:zhengtong:problem:member-role-unknown");
        assertThat(refused.get("detail")).asString().contains("staff", "leader");
    }

    @Test
    void theMemberListIsNotPublic() {
        assertThat(http().get().uri("/api/exchange/units/gov-office/members").retrieve().toBodilessEntity()
            .getStatusCode().value()).isEqualTo(401);
    }
}
