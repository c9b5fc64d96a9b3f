package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.test.InfrastructureInitializer;
import io.zhengtong.platform.test.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 选登 through HTTP with real tokens: only the mailbox's dispatcher publishes, only answered letters
 * whose writer consented, and what the public and the site search see has the personal data masked.
 */
class LetterPublicationIT extends MailboxFixture {

    static final String PHONE = "13912345678";
    static final String ID_NUMBER = "61033019850505123X";

    @Test
    void anAnsweredLetterWithConsentIsPublishedMaskedAndTakenDownAgain() {
        String id = answered("路灯不亮 " + UUID.randomUUID(), true);
        Map<String, Object> letter = detail(id);

        ResponseEntity<Map> stale = api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish",
                Map.of("version", ((Number) letter.get("version")).longValue() - 1), id);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(404);

        Map<String, Object> preview = api.get(DISPATCHER, "/api/mailbox/letters/{id}/publication", id).getBody();
        assertThat(preview).containsEntry("published", false).containsEntry("publishable", true);

        ResponseEntity<Map> published = api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(letter), id);
        assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(200);
        assertThat(published.getBody()).containsEntry("published", true).containsEntry("publishedBy", DISPATCHER);

        ResponseEntity<Map> again = api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(letter), id);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-already-published");

        // The public page: the letter, masked; no personal data anywhere in it.
        ResponseEntity<Map> page = api.get(null, "/api/mailbox/public/published/{id}", id);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> shown = page.getBody();
        assertThat(shown).containsEntry("id", id).containsEntry("writer", "李**").containsEntry("type", "COMPLAINT")
            .containsEntry("typeLabel", "投诉").containsEntry("mailbox", "信访局信箱");
        assertThat((String) shown.get("unitName")).as("the answering unit by name").isNotBlank().isNotEqualTo("housing");
        assertThat((String) shown.get("content")).contains("139****5678", "6****************X", "l***@example.com", "李**");
        assertThat((String) shown.get("reply")).contains("李**", "139****5678");
        assertThat(shown.get("submittedOn")).isNotNull();
        assertThat(shown.get("repliedOn")).isNotNull();
        assertThat(shown.toString()).doesNotContain(PHONE, ID_NUMBER, "lisi@", "李四");

        Map<String, Object> list = api.get(null, "/api/mailbox/public/published?size=100").getBody();
        assertThat((List<Map<String, Object>>) list.get("content")).extracting(l -> l.get("id")).contains(id);
        assertThat(list).containsEntry("page", 0).containsEntry("size", 100).containsKeys("totalElements", "totalPages");
        ResponseEntity<Map> badPage = api.get(null, "/api/mailbox/public/published?page=-1");
        assertThat(badPage.getStatusCode().value()).isEqualTo(400);
        assertThat(badPage.getBody()).containsEntry("type", "urn:zhengtong:problem:validation")
            .containsEntry("errors", List.of(Map.of("field", "page", "message", "页码（page）从0开始，不能为负数")));
        assertThat(api.get(null, "/api/mailbox/public/published?size=101").getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> noReason = api.post(DISPATCHER, "/api/mailbox/letters/{id}/unpublish", version(letter), id);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> down = api.post(DISPATCHER, "/api/mailbox/letters/{id}/unpublish",
                Map.of("version", letter.get("version"), "reason", "内容已过时"), id);
        assertThat(down.getStatusCode().value()).isEqualTo(200);
        assertThat(down.getBody()).containsEntry("published", false).containsEntry("unpublishReason", "内容已过时");
        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat((List<Map<String, Object>>) api.get(null, "/api/mailbox/public/published?size=100").getBody().get("content"))
            .extracting(l -> l.get("id")).doesNotContain(id);

        // Both went out on the letters topic, keyed by the letter, with the masked text only.
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.read(kafka,
                InfrastructureInitializer.TEST_TOPIC_PREFIX + "mailbox.letters",
                r -> id.equals(r.key()) && header(r, "ce_type").contains("publish"), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                "zhengtong.mailbox.letter.published.v1", "zhengtong.mailbox.letter.unpublished.v1");
        JsonNode event = JsonMapper.builder().build().readTree(records.get(0).value());
        assertThat(event.get("letter").get("writer").asString()).isEqualTo("李**");
        assertThat(event.get("letter").get("subject").asString()).startsWith("路灯不亮");
        assertThat(event.get("url").asString()).isEqualTo("/mailbox/letters/" + id);
        assertThat(event.get("unitCode").asString()).isEqualTo("housing");
        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
            .doesNotContain(PHONE, ID_NUMBER, "lisi@", "李四"));
    }

    @Test
    void aLetterWhoseWriterDidNotConsentIsNeverPublishedAndItsDetailTellsTheDispatcherWhy() {
        String id = answered("不同意公开 " + UUID.randomUUID(), false);
        Map<String, Object> letter = detail(id);
        assertThat((List<String>) letter.get("allowedActions")).doesNotContain("publish");
        assertThat(letter.get("publication")).isEqualTo(Map.of("allowed", false, "reason", "NO_CONSENT",
                "message", "来信人未同意公开此信件，不能选登。"));

        ResponseEntity<Map> refused = api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(letter), id);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-publication-no-consent")
            .as("the same words as the detail").containsEntry("detail", "来信人未同意公开此信件，不能选登。");
        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aLetterNotAnsweredYetCannotBePublishedAndItsDetailSaysInWhichStateItIs() {
        String id = write("尚未答复 " + UUID.randomUUID(), true);
        Map<String, Object> publication = (Map<String, Object>) detail(id).get("publication");
        assertThat(publication).containsEntry("allowed", false).containsEntry("reason", "NOT_ANSWERED")
            .containsEntry("message", "只有已答复的信件才能选登，此信件当前状态为「待受理」。");

        ResponseEntity<Map> refused = api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(detail(id)), id);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-publication-not-answered")
            .containsEntry("detail", publication.get("message"));
    }

    @Test
    void theDetailTellsOnlyTheMailboxsDispatcherWhetherTheLetterMayBePublished() {
        String id = answered("能否选登 " + UUID.randomUUID(), true);
        assertThat(detail(id).get("publication")).isEqualTo(publishable());
        for (String user : List.of(HOUSING_CLERK, SUPERVISOR)) {
            Map<String, Object> seen = api.get(user, "/api/mailbox/letters/{id}", id).getBody();
            assertThat(seen).as(user).containsEntry("publication", null);
        }

        Map<String, Object> letter = detail(id);
        assertThat(api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(letter), id).getStatusCode().value())
            .isEqualTo(200);
        Map<String, Object> published = detail(id);
        assertThat((List<String>) published.get("allowedActions")).contains("unpublish").doesNotContain("publish");
        assertThat(published.get("publication")).isEqualTo(Map.of("allowed", false, "reason", "ALREADY_PUBLISHED",
                "message", "此信件已在网站选登，无需重复发布。"));

        assertThat(api.post(DISPATCHER, "/api/mailbox/letters/{id}/unpublish", Map.of("version", letter.get("version"),
                "reason", "内容已过时"), id).getStatusCode().value()).isEqualTo(200);
        assertThat(detail(id).get("publication")).as("taken down, it may be published again").isEqualTo(publishable());
    }

    @Test
    void onlyTheMailboxsDispatcherPublishesOthersAreRefusedOrDoNotSeeTheLetter() {
        String id = answered("谁能选登 " + UUID.randomUUID(), true);
        Map<String, Object> body = version(detail(id));
        for (String user : List.of(HOUSING_CLERK, SUPERVISOR)) {
            ResponseEntity<Map> refused = api.post(user, "/api/mailbox/letters/{id}/publish", body, id);
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(refused.getBody()).as(user).containsEntry("type", "urn:zhengtong:problem:letter-role-not-allowed");
        }
        for (String step : List.of("publish", "unpublish")) {
            ResponseEntity<Map> hidden = api.post(EDUCATION_CLERK, "/api/mailbox/letters/{id}/" + step,
                    Map.of("version", body.get("version"), "reason", "理由"), id);
            assertThat(hidden.getStatusCode().value()).as(step).isEqualTo(404);
        }
        assertThat(api.get(EDUCATION_CLERK, "/api/mailbox/letters/{id}/publication", id).getStatusCode().value()).isEqualTo(404);
        assertThat(api.post(null, "/api/mailbox/letters/{id}/publish", body, id).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aPublishedLetterTheCitizenReopensComesOffTheWebsite() {
        Map<String, String> written = writeForCitizen("重新办理后撤下 " + UUID.randomUUID(), true);
        String id = answered(written);
        assertThat(api.post(DISPATCHER, "/api/mailbox/letters/{id}/publish", version(detail(id)), id).getStatusCode().value())
            .isEqualTo(200);
        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(200);

        for (String[] step : new String[][] { { "rating", "rating", "UNSATISFIED" }, { "reopen", "reason", "路灯又坏了" } }) {
            ResponseEntity<Map> answer = api.http().post().uri("/api/mailbox/public/letters/{code}/" + step[0], written.get("code"))
                .header("X-Query-Password", written.get("password")).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of(step[1], step[2])).retrieve().toEntity(Map.class);
            assertThat(answer.getStatusCode().value()).as(step[0] + ": " + answer.getBody()).isEqualTo(200);
        }

        assertThat(api.get(null, "/api/mailbox/public/published/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(DISPATCHER, "/api/mailbox/letters/{id}/publication", id).getBody())
            .containsEntry("published", false).containsEntry("publishable", false)
            .containsEntry("unpublishReason", "来信人申请重新办理，答复将更新");
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, Object> publishable() {
        Map<String, Object> allowed = new HashMap<>();
        allowed.put("allowed", true);
        allowed.put("reason", null);
        allowed.put("message", null);
        return allowed;
    }

    static Map<String, Object> version(Map<String, Object> detail) {
        return Map.of("version", detail.get("version"));
    }

    Map<String, Object> detail(String id) {
        return api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
    }

    Map<String, Object> act(String user, String id, String step, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", detail(id).get("version"));
        ResponseEntity<Map> answer = api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    /** Writes a letter to 信访局信箱 with personal data in its text; answers its id. */
    String write(String subject, boolean consent) {
        return writeForCitizen(subject, consent).get("id");
    }

    /** Answers {id, code, password}. */
    Map<String, String> writeForCitizen(String subject, boolean consent) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "我是李四，家住凤州镇，电话" + PHONE + "，身份证号" + ID_NUMBER + "，邮箱lisi@example.com。小区路灯两周不亮。");
        form.put("contactName", "李四");
        form.put("contactPhone", PHONE);
        form.put("contactEmail", "lisi@example.com");
        form.put("consentToPublish", consent);
        form.put("anonymous", false);
        ResponseEntity<Map> receipt = api.submitLetter(form);
        assertThat(receipt.getStatusCode().value()).as("%s", receipt.getBody()).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        String id = api.letterId(DISPATCHER, code);
        return Map.of("id", id, "code", code, "password", (String) receipt.getBody().get("queryPassword"));
    }

    /** A letter answered by the housing bureau, the reply naming the writer and their phone. */
    String answered(String subject, boolean consent) {
        return answered(writeForCitizen(subject, consent));
    }

    String answered(Map<String, String> written) {
        String id = written.get("id");
        act(DISPATCHER, id, "accept", Map.of());
        act(DISPATCHER, id, "assign", Map.of("leadUnit", "housing"));
        act(HOUSING_CLERK, id, "sign-for", Map.of());
        act(HOUSING_CLERK, id, "reply", Map.of("text", "李四同志：您反映的路灯问题已修复，如有问题请继续致电" + PHONE + "联系。"));
        assertThat(act(DISPATCHER, id, "reply-approve", Map.of())).containsEntry("status", "ANSWERED");
        return id;
    }
}
