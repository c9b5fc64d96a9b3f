package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.LEADER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * 呈送领导批办 only to someone who can instruct: the account is checked against the realm, the name
 * comes from the directory; a letter waiting for a leader can be taken back (撤回/改派). History
 * remarks name units as people know them. Real Keycloak, real realm people.
 */
class ForwardingToLeaderIT extends MailboxFixture {

    static final String EDUCATION_DISPATCHER = "he.bin"; // dispatcher, education: not the petition mailbox's

    @Autowired
    OrganisationDirectory directory;

    String acceptedLetter() {
        String id = letters.write("petition", "呈送 " + UUID.randomUUID(), "小区路灯坏了。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, id, "accept");
        return id;
    }

    ResponseEntity<Map> step(String user, String id, String step, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", letters.detail(DISPATCHER, id).get("version"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
    }

    static List<Map<String, Object>> history(Map<String, Object> detail) {
        return (List<Map<String, Object>>) detail.get("history");
    }

    String unitName(String code) {
        return directory.unit(code).map(Unit::fullName).orElseThrow();
    }

    @Test
    void aMistypedAccountIsRefusedAtTheLeaderFieldAndTheLetterStaysWithTheDispatcher() {
        String id = acceptedLetter();
        long version = ((Number) letters.detail(DISPATCHER, id).get("version")).longValue();

        ResponseEntity<Map> refused = step(DISPATCHER, id, "forward", "leader", "liu.yangg", "leaderName", "刘洋");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-leader-unknown");
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("field", "leader"))
            .satisfies(e -> assertThat((String) e.get("message")).contains("liu.yangg"));
        Map<String, Object> after = letters.detail(DISPATCHER, id);
        assertThat(after).containsEntry("status", "ACCEPTED").containsEntry("designatedLeader", null);
        assertThat(((Number) after.get("version")).longValue()).as("nothing saved").isEqualTo(version);
    }

    @Test
    void anAccountWithoutTheLeaderRoleIsRefusedByName() {
        String id = acceptedLetter();

        ResponseEntity<Map> refused = step(DISPATCHER, id, "forward", "leader", HOUSING_CLERK);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-leader-not-leader");
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("field", "leader"))
            .satisfies(e -> assertThat((String) e.get("message")).contains("赵磊（zhao.lei）"));
        assertThat(letters.detail(DISPATCHER, id)).containsEntry("status", "ACCEPTED");
        assertThat(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theLeadersNameInTheHistoryIsTheDirectorysNotWhatTheClientSent() {
        String id = acceptedLetter();

        Map<String, Object> forwarded = letters.act(DISPATCHER, id, "forward", "leader", " " + LEADER + " ",
                "leaderName", "<b>假名</b>", "remark", "请领导批示");

        assertThat(forwarded).containsEntry("status", "FORWARDED_TO_LEADER").containsEntry("designatedLeader", LEADER);
        assertThat(history(forwarded).getLast()).containsEntry("remark", "呈送刘洋批办：请领导批示");
        assertThat(history(forwarded)).noneSatisfy(h -> assertThat(String.valueOf(h.get("remark"))).contains("假名"));
    }

    @Test
    void aStepRefusedAnywayIsRefusedForItsOwnReasonBeforeTheLeaderIsLookedUp() {
        String id = letters.write("petition", "未受理 " + UUID.randomUUID(), "路灯。", Letters.freshPhone()).get("id");

        ResponseEntity<Map> refused = step(DISPATCHER, id, "forward", "leader", "nobody.here");

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-transition-not-allowed");
    }

    @Test
    void theDispatcherTakesTheLetterBackFromTheLeaderAndForwardsItAgain() {
        String id = acceptedLetter();
        letters.act(DISPATCHER, id, "forward", "leader", LEADER);
        assertThat(api.workList(LEADER, "/api/mailbox/letters")).extracting(l -> l.get("id")).contains(id);
        assertThat((List<String>) letters.detail(DISPATCHER, id).get("allowedActions")).containsExactly("withdraw-from-leader");

        Map<String, Object> withdrawn = letters.act(DISPATCHER, id, "withdraw-from-leader", "reason", "刘县长外出学习，改派");

        assertThat(withdrawn).containsEntry("status", "ACCEPTED").containsEntry("designatedLeader", null);
        assertThat(history(withdrawn).getLast()).containsEntry("action", "WITHDRAW_FROM_LEADER")
            .containsEntry("actionLabel", "撤回领导批办")
            .containsEntry("remark", "撤回呈送刘洋的批办：刘县长外出学习，改派");
        assertThat((List<String>) withdrawn.get("allowedActions")).containsExactly("forward", "assign");
        assertThat(api.workList(LEADER, "/api/mailbox/letters")).extracting(l -> l.get("id")).doesNotContain(id);
        assertThat(api.get(LEADER, "/api/mailbox/letters/{id}", id).getStatusCode().value())
            .as("the leader no longer sees it").isEqualTo(404);
        assertThat(api.workList(DISPATCHER, "/api/mailbox/letters")).extracting(l -> l.get("id")).contains(id);

        Map<String, Object> again = letters.act(DISPATCHER, id, "forward", "leader", LEADER);
        assertThat(again).containsEntry("status", "FORWARDED_TO_LEADER");
    }

    @Test
    void aSupervisorMayTakeItBackTheLeaderAndAnotherMailboxsDispatcherMayNot() {
        String id = acceptedLetter();
        letters.act(DISPATCHER, id, "forward", "leader", LEADER);

        ResponseEntity<Map> byLeader = step(LEADER, id, "withdraw-from-leader", "reason", "不归我批");
        assertThat(byLeader.getStatusCode().value()).isEqualTo(403);
        assertThat(byLeader.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-role-not-allowed");
        ResponseEntity<Map> byOtherDispatcher = step(EDUCATION_DISPATCHER, id, "withdraw-from-leader", "reason", "改派");
        assertThat(byOtherDispatcher.getStatusCode().value()).as("not theirs to see").isEqualTo(404);
        ResponseEntity<Map> byClerk = step(HOUSING_CLERK, id, "withdraw-from-leader", "reason", "改派");
        assertThat(byClerk.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> withoutReason = step(DISPATCHER, id, "withdraw-from-leader", "reason", " ");
        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) withoutReason.getBody().get("errors")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("field", "reason").containsEntry("message", "请填写撤回理由"));
        assertThat(letters.detail(DISPATCHER, id)).containsEntry("status", "FORWARDED_TO_LEADER");

        Map<String, Object> withdrawn = letters.act(SUPERVISOR, id, "withdraw-from-leader", "reason", "督查：领导长期外出");
        assertThat(withdrawn).containsEntry("status", "ACCEPTED");
        assertThat(history(withdrawn).getLast()).containsEntry("role", "SUPERVISOR");

        ResponseEntity<Map> twice = step(DISPATCHER, id, "withdraw-from-leader", "reason", "再撤一次");
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void historyRemarksNameTheUnitsAsPeopleKnowThem() {
        String id = acceptedLetter();
        letters.act(DISPATCHER, id, "forward", "leader", LEADER);
        Map<String, Object> instructed = letters.act(LEADER, id, "instruct", "instruction", "请住建局办理。", "leadUnit",
                "housing", "assistingUnits", List.of("education"));
        assertThat(history(instructed).getLast().get("remark"))
            .isEqualTo("请住建局办理。（主办：" + unitName("housing") + "，协办：" + unitName("education") + "）");

        letters.act(HOUSING_CLERK, id, "sign-for");
        letters.act(HOUSING_CLERK, id, "return", "reason", "不属本局职责");
        Map<String, Object> returned = letters.detail(DISPATCHER, id);
        assertThat(history(returned).getLast().get("remark")).isEqualTo(unitName("housing") + "退回：不属本局职责");
        assertThat(history(returned).getLast().get("text"))
            .isEqualTo("承办人 赵磊（" + unitName("housing") + "）退回：" + unitName("housing") + "退回：不属本局职责");
        assertThat(history(returned).getLast()).containsEntry("unitCode", "housing");
        assertThat(unitName("housing")).isNotEqualTo("housing");
    }
}
