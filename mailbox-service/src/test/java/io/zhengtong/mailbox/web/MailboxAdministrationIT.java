package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 信箱管理 with real tokens: 马军 (platform-admin) creates a department's mailbox, changes its periods,
 * closes and reopens it; the website's list, the letters written to it and its dispatcher (王芳, the
 * owner unit's 分办员) follow. Each test makes its own mailboxes: the test schema keeps every run's.
 */
class MailboxAdministrationIT extends MailboxFixture {

    static final String ADMIN = "ma.jun"; // staff, platform-admin, gov-services
    static final String PETITION_DISPATCHER = Letters.DISPATCHER; // wang.fang, dispatcher of petition
    static final String COUNTY_HEAD_DISPATCHER = "lin.xue"; // dispatcher of gov-office
    static final String ADMIN_URI = "/api/mailbox/admin/mailboxes";

    @Test
    void onlyThePlatformAdministratorChangesMailboxesDispatchersAndSupervisorsMayOnlyReadThem() {
        String code = freshCode();
        for (String other : List.of(PETITION_DISPATCHER, Letters.SUPERVISOR, Letters.HOUSING_CLERK, COUNTY_HEAD_DISPATCHER)) {
            ResponseEntity<Map> refused = api.post(other, ADMIN_URI, newMailbox(code, Map.of()));
            assertThat(refused.getStatusCode().value()).as(other).isEqualTo(403);
            assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:mailbox-admin-only");
            assertThat(api.post(other, ADMIN_URI + "/county-head/close", Map.of("version", 0)).getStatusCode().value())
                .as(other).isEqualTo(403);
            assertThat(put(other, "county-head", Map.of("version", 0, "name", "改名", "ownerUnit", "gov-office", "sortOrder", 2))
                .getStatusCode().value()).as(other).isEqualTo(403);
        }
        assertThat(api.get(ADMIN, ADMIN_URI + "/{code}", code).getStatusCode().value()).as("nothing created").isEqualTo(404);

        for (String reader : List.of(ADMIN, PETITION_DISPATCHER, Letters.SUPERVISOR)) {
            assertThat(api.get(reader, ADMIN_URI).getStatusCode().value()).as(reader).isEqualTo(200);
        }
        assertThat(api.get(Letters.HOUSING_CLERK, ADMIN_URI).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(null, ADMIN_URI).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aNewDepartmentMailboxShowsOnTheWebsiteItsLettersGetItsPeriodAndReachItsOwnerUnitsDispatcher() {
        String code = freshCode();
        ResponseEntity<Map> created = api.post(ADMIN, ADMIN_URI, newMailbox(code, Map.of("COMPLAINT", 4)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        Map<String, Object> mailbox = mailbox(created);
        assertThat(mailbox).containsEntry("code", code).containsEntry("ownerUnit", "petition").containsEntry("open", true)
            .containsEntry("intro", "受理信访事项的咨询与投诉。");
        assertThat(periods(mailbox)).containsEntry("COMPLAINT", 4).containsEntry("CONSULTATION", 3);
        assertThat((List<Map<String, Object>>) mailbox.get("dispatchers")).as("who will receive its letters")
            .extracting(d -> d.get("username")).containsExactly(PETITION_DISPATCHER);
        assertThat(history(created)).singleElement().satisfies(line -> assertThat(line)
            .containsEntry("action", "CREATE").containsEntry("username", ADMIN)
            .extractingByKey("changes").asString().contains("办理时限投诉4个工作日"));

        Map<String, Object> onWebsite = publicMailbox(code);
        assertThat(onWebsite).containsEntry("intro", "受理信访事项的咨询与投诉。");
        assertThat(publicPeriods(onWebsite)).containsEntry("COMPLAINT", 4).containsEntry("CONSULTATION", 3);

        String id = letters.write(code, "新信箱来信 " + UUID.randomUUID(), "信访事项咨询。", Letters.freshPhone()).get("id");

        Map<String, Object> detail = letters.detail(PETITION_DISPATCHER, id);
        assertThat((Map<String, Object>) detail.get("deadline")).containsEntry("workingDays", 4);
        assertThat(api.workList(PETITION_DISPATCHER, "/api/mailbox/letters")).extracting(line -> line.get("id")).contains(id);
        assertThat(api.get(COUNTY_HEAD_DISPATCHER, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat(letters.act(PETITION_DISPATCHER, id, "accept")).containsEntry("status", "ACCEPTED");
    }

    @Test
    void aChangedPeriodHoldsForLettersWrittenAfterTheChangeAnEarlierLetterKeepsTheDateItsWriterWasTold() {
        String code = freshCode();
        Map<String, Object> mailbox = mailbox(api.post(ADMIN, ADMIN_URI, newMailbox(code, Map.of("COMPLAINT", 4))));
        String before = letters.write(code, "改期前 " + UUID.randomUUID(), "内容。", Letters.freshPhone()).get("id");

        Map<String, Object> change = new HashMap<>(settingsOf(mailbox));
        change.put("workingDays", Map.of("COMPLAINT", 6));
        ResponseEntity<Map> changed = put(ADMIN, code, change);
        assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
        assertThat(((Number) mailbox(changed).get("version")).longValue()).isGreaterThan(((Number) mailbox.get("version")).longValue());
        assertThat(history(changed).getFirst()).containsEntry("action", "EDIT")
            .containsEntry("changes", "投诉办理时限由4个工作日改为6个工作日（此后收到的来信适用）");

        String after = letters.write(code, "改期后 " + UUID.randomUUID(), "内容。", Letters.freshPhone()).get("id");

        assertThat(workingDays(before)).isEqualTo(4);
        assertThat(workingDays(after)).isEqualTo(6);
        letters.act(PETITION_DISPATCHER, before, "accept");
        assertThat(workingDays(before)).as("acceptance keeps the period of the writer's day").isEqualTo(4);
    }

    @Test
    void aClosedMailboxLeavesTheWebsiteRefusesNewLettersAndItsOpenLettersAreHandledAsBefore() {
        String code = freshCode();
        Map<String, Object> mailbox = mailbox(api.post(ADMIN, ADMIN_URI, newMailbox(code, Map.of())));
        String open = letters.write(code, "停用前 " + UUID.randomUUID(), "内容。", Letters.freshPhone()).get("id");

        ResponseEntity<Map> closed = api.post(ADMIN, ADMIN_URI + "/{code}/close", Map.of("version", mailbox.get("version")), code);
        assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(200);
        assertThat(mailbox(closed)).containsEntry("open", false).extractingByKey("closedAt").isNotNull();

        assertThat(publicCodes()).doesNotContain(code);
        ResponseEntity<Map> refused = api.submitLetter(letterTo(code));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:mailbox-closed");
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).singleElement()
            .satisfies(e -> assertThat(e).containsEntry("field", "mailbox").extractingByKey("message").asString().contains("已停止接收新的来信"));
        assertThat(api.get(ADMIN, ADMIN_URI).getBody().get("mailboxes").toString()).contains(code);

        assertThat(api.workList(PETITION_DISPATCHER, "/api/mailbox/letters")).extracting(line -> line.get("id")).contains(open);
        assertThat(letters.act(PETITION_DISPATCHER, open, "accept")).containsEntry("status", "ACCEPTED");

        ResponseEntity<Map> stale = api.post(ADMIN, ADMIN_URI + "/{code}/reopen", Map.of("version", mailbox.get("version")), code);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("type", "urn:zhengtong:problem:mailbox-version-stale");

        ResponseEntity<Map> reopened = api.post(ADMIN, ADMIN_URI + "/{code}/reopen", Map.of("version", mailbox(closed).get("version")), code);
        assertThat(reopened.getStatusCode().value()).as("%s", reopened.getBody()).isEqualTo(200);
        assertThat(publicCodes()).contains(code);
        assertThat(history(reopened)).extracting(line -> line.get("action")).containsExactly("REOPEN", "CLOSE", "CREATE");
        assertThat(api.submitLetter(letterTo(code)).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedFieldByFieldInChineseAndNothingIsSaved() {
        Map<String, Object> badCode = newMailbox("Bad Code", Map.of("CONSULTATION", 0));
        badCode.remove("sortOrder");
        ResponseEntity<Map> invalid = api.post(ADMIN, ADMIN_URI, badCode);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        Map<String, String> errors = errors(invalid);
        assertThat(errors.get("code")).contains("小写字母、数字和连字符");
        assertThat(errors.get("sortOrder")).isEqualTo("请填写排序");
        assertThat(errors).hasEntrySatisfying(errors.keySet().stream().filter(f -> f.startsWith("workingDays")).findFirst()
            .orElseThrow(), message -> assertThat(message).isEqualTo("办理时限应为1至60个工作日"));

        Map<String, Object> noCode = newMailbox("x", Map.of());
        noCode.remove("code");
        ResponseEntity<Map> withoutCode = api.post(ADMIN, ADMIN_URI, noCode);
        assertThat(withoutCode.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(withoutCode)).containsExactly(Map.entry("code", "请填写信箱代码"));

        String code = freshCode();
        Map<String, Object> unknownUnit = newMailbox(code, Map.of());
        unknownUnit.put("ownerUnit", "no-such-unit");
        ResponseEntity<Map> unknown = api.post(ADMIN, ADMIN_URI, unknownUnit);
        assertThat(unknown.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(unknown)).containsOnlyKeys("ownerUnit");
        assertThat(api.get(ADMIN, ADMIN_URI + "/{code}", code).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> codeTaken = api.post(ADMIN, ADMIN_URI, newMailbox("county-head", Map.of()));
        assertThat(codeTaken.getStatusCode().value()).isEqualTo(409);
        assertThat(errors(codeTaken)).containsOnlyKeys("code");
        Map<String, Object> sameName = newMailbox(code, Map.of());
        sameName.put("name", "县长信箱");
        ResponseEntity<Map> nameTaken = api.post(ADMIN, ADMIN_URI, sameName);
        assertThat(nameTaken.getStatusCode().value()).isEqualTo(409);
        assertThat(errors(nameTaken)).containsOnlyKeys("name");
        assertThat(api.get(ADMIN, ADMIN_URI + "/{code}", code).getStatusCode().value()).isEqualTo(404);

        Map<String, Object> mailbox = mailbox(api.post(ADMIN, ADMIN_URI, newMailbox(code, Map.of())));
        Map<String, Object> stale = new HashMap<>(settingsOf(mailbox));
        stale.put("version", ((Number) mailbox.get("version")).longValue() + 1);
        stale.put("name", "过期的修改" + code);
        ResponseEntity<Map> refused = put(ADMIN, code, stale);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(mailbox(api.get(ADMIN, ADMIN_URI + "/{code}", code))).containsEntry("name", mailbox.get("name"));
    }

    // ---------------------------------------------------------------- helpers

    private static String freshCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> newMailbox(String code, Map<String, Integer> workingDays) {
        Map<String, Object> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "测试信箱" + code);
        form.put("ownerUnit", "petition");
        form.put("sortOrder", 90);
        form.put("intro", "受理信访事项的咨询与投诉。");
        form.put("workingDays", workingDays);
        return form;
    }

    private static Map<String, Object> settingsOf(Map<String, Object> mailbox) {
        Map<String, Object> form = new HashMap<>();
        form.put("version", mailbox.get("version"));
        form.put("name", mailbox.get("name"));
        form.put("ownerUnit", mailbox.get("ownerUnit"));
        form.put("sortOrder", mailbox.get("sortOrder"));
        form.put("intro", mailbox.get("intro"));
        form.put("workingDays", ((List<Map<String, Object>>) mailbox.get("periods")).stream()
            .filter(p -> Boolean.TRUE.equals(p.get("own"))).collect(Collectors.toMap(p -> p.get("type"), p -> p.get("workingDays"))));
        return form;
    }

    private static Map<String, Object> letterTo(String code) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", code);
        form.put("type", "COMPLAINT");
        form.put("subject", "来信 " + UUID.randomUUID());
        form.put("content", "内容。");
        form.put("consentToPublish", false);
        form.put("anonymous", true);
        return form;
    }

    private ResponseEntity<Map> put(String user, String code, Map<String, Object> body) {
        return api.http().put().uri(ADMIN_URI + "/{code}", code)
            .headers(h -> h.setBearerAuth(io.zhengtong.platform.test.KeycloakTokens.accessToken(user)))
            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private int workingDays(String id) {
        return (Integer) ((Map<String, Object>) letters.detail(PETITION_DISPATCHER, id).get("deadline")).get("workingDays");
    }

    private static Map<String, Object> mailbox(ResponseEntity<Map> detail) {
        return (Map<String, Object>) detail.getBody().get("mailbox");
    }

    private static List<Map<String, Object>> history(ResponseEntity<Map> detail) {
        return (List<Map<String, Object>>) detail.getBody().get("history");
    }

    private static Map<String, Object> periods(Map<String, Object> mailbox) {
        return ((List<Map<String, Object>>) mailbox.get("periods")).stream()
            .collect(Collectors.toMap(p -> (String) p.get("type"), p -> p.get("workingDays")));
    }

    private static Map<String, Object> publicPeriods(Map<String, Object> mailbox) {
        return periods(mailbox);
    }

    private List<Map<String, Object>> publicList() {
        return api.getList(null, "/api/mailbox/public/mailboxes").getBody();
    }

    private List<Object> publicCodes() {
        return publicList().stream().map(m -> m.get("code")).toList();
    }

    private Map<String, Object> publicMailbox(String code) {
        return publicList().stream().filter(m -> code.equals(m.get("code"))).findFirst().orElseThrow();
    }

    private static Map<String, String> errors(ResponseEntity<Map> problem) {
        return ((List<Map<String, Object>>) problem.getBody().get("errors")).stream()
            .collect(Collectors.toMap(e -> (String) e.get("field"), e -> (String) e.get("message"), (a, b) -> a));
    }
}
