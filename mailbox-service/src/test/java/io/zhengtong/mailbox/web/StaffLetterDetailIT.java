package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.LEADER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.test.KeycloakTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The staff letter detail tells each clerk which steps they may take now and how the due date was
 * computed; the pickers list the county's units and a unit's leaders. Real Keycloak tokens and
 * the real realm's people.
 */
class StaffLetterDetailIT extends MailboxFixture {

    List<String> allowed(String user, String id) {
        return allowedIn(letters.detail(user, id));
    }

    static List<String> allowedIn(Map<String, Object> detail) {
        return (List<String>) detail.get("allowedActions");
    }

    @Test
    void theDispatcherTheLeaderTheLeadDepartmentAndAnotherUnitEachSeeTheirOwnSteps() {
        String id = letters.write("petition", "按钮 " + UUID.randomUUID(), "路灯坏了。", Letters.freshPhone()).get("id");

        assertThat(allowed(DISPATCHER, id)).containsExactly("accept", "reject", "merge");
        assertThat(allowed(SUPERVISOR, id)).isEmpty();
        assertThat(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);

        // The step's answer is the detail as the one who took it sees it now.
        Map<String, Object> accepted = letters.act(DISPATCHER, id, "accept");
        assertThat(allowedIn(accepted)).containsExactly("forward", "assign");
        Map<String, Object> forwarded = letters.act(DISPATCHER, id, "forward", "leader", LEADER, "leaderName", "刘洋");
        assertThat(allowedIn(forwarded)).as("waiting for the leader: the dispatcher may only take it back").containsExactly("withdraw-from-leader");

        assertThat(allowed(LEADER, id)).containsExactly("instruct");
        Map<String, Object> instructed = letters.act(LEADER, id, "instruct", "instruction", "请住建局办理。", "leadUnit", "housing",
                "assistingUnits", List.of("education"));
        assertThat(allowedIn(instructed)).as("the leader has instructed; nothing is left for them").isEmpty();

        assertThat(allowed(HOUSING_CLERK, id)).containsExactly("sign-for", "extension-request", "return");
        // An assisting unit reads the letter but the lead department handles it.
        assertThat(allowed(EDUCATION_CLERK, id)).isEmpty();
        assertThat(allowed(DISPATCHER, id)).isEmpty();

        letters.act(HOUSING_CLERK, id, "sign-for");
        letters.act(HOUSING_CLERK, id, "extension-request", "days", 2, "reason", "需现场勘查");
        assertThat(allowed(HOUSING_CLERK, id)).containsExactly("reply", "return");
        assertThat(allowed(DISPATCHER, id)).containsExactly("extension-grant", "extension-refuse");
        assertThat(allowed(SUPERVISOR, id)).containsExactly("extension-grant", "extension-refuse");
        letters.act(SUPERVISOR, id, "extension-grant");

        letters.act(HOUSING_CLERK, id, "reply", "text", "您好，已安排维修。");
        assertThat(allowed(HOUSING_CLERK, id)).as("the drafter does not review their own reply").isEmpty();
        assertThat(allowed(DISPATCHER, id)).containsExactly("reply-approve", "reply-send-back");
        letters.act(DISPATCHER, id, "reply-approve");
        assertThat(allowed(DISPATCHER, id)).containsExactly("close");
        assertThat(allowed(SUPERVISOR, id)).containsExactly("close");
        assertThat(allowed(HOUSING_CLERK, id)).isEmpty();
    }

    @Test
    void theDeadlineShowsTheDueDateTheWorkingDaysAndHowTheyWereCountedUntilTheLetterIsClosed() {
        String id = letters.write("petition", "期限 " + UUID.randomUUID(), "咨询办事流程。", Letters.freshPhone()).get("id");
        Map<String, Object> submitted = (Map<String, Object>) letters.detail(DISPATCHER, id).get("deadline");
        assertThat(submitted).as("due from the day it was written, as the complaint the citizen chose")
            .containsEntry("workingDays", 7);
        assertThat((String) submitted.get("explanation")).contains("收到当日不计，自次日起算7个工作日，截止");

        Map<String, Object> accepted = letters.act(DISPATCHER, id, "accept", "type", "CONSULTATION");
        Map<String, Object> deadline = (Map<String, Object>) accepted.get("deadline");
        assertThat(deadline).containsEntry("dueDate", accepted.get("dueDate")).containsEntry("workingDays", 3);
        assertThat((String) deadline.get("explanation")).contains("收到当日不计，自次日起算3个工作日，截止").contains("24时");

        letters.act(DISPATCHER, id, "assign", "leadUnit", "housing");
        letters.act(HOUSING_CLERK, id, "sign-for");
        letters.act(HOUSING_CLERK, id, "extension-request", "days", 2, "reason", "需现场勘查");
        Map<String, Object> extended = letters.act(DISPATCHER, id, "extension-grant");
        Map<String, Object> after = (Map<String, Object>) extended.get("deadline");
        assertThat(after).containsEntry("dueDate", extended.get("dueDate")).containsEntry("workingDays", 5);
        assertThat((String) after.get("explanation")).contains("经批准延期2个工作日，截止日期顺延至");

        letters.answer(id);
        assertThat(letters.detail(DISPATCHER, id).get("deadline")).as("answered, not closed yet").isNotNull();
        Map<String, Object> closed = letters.act(DISPATCHER, id, "close", "remark", "来信人未评价");
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(closed.get("deadline")).isNull();
    }

    @Test
    void aDispatcherCannotActOnLettersOfAMailboxHisUnitDoesNotRun() {
        // 县长信箱 belongs to the government office; wang.fang dispatches the petition bureau's mailbox only.
        Map<String, String> countyHead = letters.write("county-head", "他人信箱 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        String id = countyHead.get("id");
        long version = ((Number) letters.detail(SUPERVISOR, id).get("version")).longValue();

        assertThat(api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        for (String step : List.of("accept", "reject", "merge")) {
            ResponseEntity<Map> refused = api.post(DISPATCHER, "/api/mailbox/letters/{id}/" + step,
                    Map.of("version", version, "reason", "无效来信", "intoTrackingCode", countyHead.get("code")), id);
            assertThat(refused.getStatusCode().value()).as(step).isEqualTo(404);
        }
        assertThat(api.workList(DISPATCHER, "/api/mailbox/letters")).extracting(l -> (Object) l.get("id"))
            .doesNotContain(id);
        // The supervisor reads every mailbox's letters but dispatches none.
        assertThat(allowed(SUPERVISOR, id)).isEmpty();
        assertThat(letters.detail(SUPERVISOR, id)).containsEntry("status", "SUBMITTED").containsEntry("version", (int) version);
    }

    @Test
    void thePickersListTheUnitsAndAUnitsLeadersForStaffOnly() {
        List<Map<String, Object>> units = api.getList(DISPATCHER, "/api/mailbox/units").getBody();
        assertThat(units).extracting(u -> u.get("code")).contains("gov-office", "housing", "petition").doesNotContain("fengxian");
        assertThat(units).filteredOn(u -> "gov-office".equals(u.get("code"))).singleElement()
            .satisfies(u -> assertThat(u).containsEntry("name", "凤县人民政府办公室"));

        ResponseEntity<String> raw = api.http().get().uri("/api/mailbox/units/gov-office/members?role=leader")
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(DISPATCHER))).retrieve().toEntity(String.class);
        assertThat(raw.getStatusCode().value()).as(raw.getBody()).isEqualTo(200);
        List<Map<String, Object>> leaders = api.getList(DISPATCHER, "/api/mailbox/units/gov-office/members?role=leader").getBody();
        assertThat(leaders).containsExactly(Map.of("username", "liu.yang", "name", "刘洋", "unitCode", "gov-office"));
        assertThat(api.getList(DISPATCHER, "/api/mailbox/units/housing/members?role=leader").getBody()).isEmpty();
        assertThat(api.getList(DISPATCHER, "/api/mailbox/units/gov-office/members?role=staff").getBody())
            .extracting(m -> ((Map<?, ?>) m).get("username")).contains("zhang.wei", "liu.yang").doesNotContain("wang.fang");

        ResponseEntity<Map> citizen = api.get(Letters.CITIZEN, "/api/mailbox/units/gov-office/members?role=leader");
        assertThat(citizen.getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(Letters.CITIZEN, "/api/mailbox/units").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(null, "/api/mailbox/units").getStatusCode().value()).isEqualTo(401);
        ResponseEntity<Map> unknownUnit = api.get(DISPATCHER, "/api/mailbox/units/no-such-bureau/members?role=leader");
        assertThat(unknownUnit.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownUnit.getBody()).containsEntry("type", "urn:zhengtong:problem:unit-not-found");
        ResponseEntity<Map> badRole = api.get(DISPATCHER, "/api/mailbox/units/gov-office/members?role=admin");
        assertThat(badRole.getStatusCode().value()).isEqualTo(400);
        assertThat(badRole.getBody()).containsEntry("type", "urn:zhengtong:problem:member-role-unknown");
    }
}
