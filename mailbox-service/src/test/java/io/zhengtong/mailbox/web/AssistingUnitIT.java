package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * 协办: the housing bureau leads, the education bureau assists. The education bureau's clerk finds
 * the letter in the work list after the bureau's own letters, writes the bureau's opinion while
 * housing handles it, and housing's drafter reads it on the letter.
 */
class AssistingUnitIT extends MailboxFixture {

    private static final String OPEN = "'ASSIGNED','IN_PROGRESS','REPLY_IN_REVIEW'";

    @Test
    void theAssistingUnitFindsTheLetterInItsWorkListAfterTheLettersItLeadsAPageAtATime() {
        String assisted = letters.write("petition", "校门口路灯 " + System.nanoTime(), "学校门口路灯不亮。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, assisted, "accept");
        letters.act(DISPATCHER, assisted, "assign", "leadUnit", "housing", "assistingUnits", List.of("education"));
        String led = letters.write("petition", "校车 " + System.nanoTime(), "校车超载。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, led, "accept");
        letters.act(DISPATCHER, led, "assign", "leadUnit", "education");

        long leading = count("SELECT count(*) FROM letter WHERE lead_unit = 'education' AND status IN (" + OPEN + ")");
        long assisting = count("SELECT count(*) FROM letter_assisting_unit WHERE unit_code = 'education' AND status IN ("
                + OPEN + ")");

        Map<String, Object> first = api.get(EDUCATION_CLERK, "/api/mailbox/letters?size=1").getBody();
        assertThat(first).containsEntry("totalElements", (int) (leading + assisting));
        assertThat(lines(first).getFirst()).containsEntry("id", led).containsEntry("assisting", false);
        // The newest assisted letter comes right after the last letter the bureau leads.
        Map<String, Object> afterLed = api.get(EDUCATION_CLERK, "/api/mailbox/letters?size=1&page={p}", leading).getBody();
        Map<String, Object> line = lines(afterLed).getFirst();
        assertThat(line).containsEntry("id", assisted).containsEntry("assisting", true).containsEntry("leadUnit", "housing");

        // The housing bureau sees it as its own; another unit's clerk does not see it at all.
        Map<String, Object> byCode = api.get(HOUSING_CLERK, "/api/mailbox/letters?q={q}", code(assisted)).getBody();
        assertThat(lines(byCode).getFirst()).containsEntry("assisting", false);
        Map<String, Object> assistedByCode = api.get(EDUCATION_CLERK, "/api/mailbox/letters?q={q}", code(assisted)).getBody();
        assertThat(lines(assistedByCode).getFirst()).containsEntry("assisting", true);
        Map<String, Object> otherUnit = api.get(LEADER, "/api/mailbox/letters?q={q}", code(assisted)).getBody();
        assertThat(lines(otherUnit)).isEmpty();
    }

    @Test
    void theAssistingUnitWritesItsOpinionWhileTheLetterIsHandledAndTheDrafterReadsIt() {
        String id = letters.write("petition", "学校周边施工 " + System.nanoTime(), "学校周边夜间施工。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, id, "accept");
        letters.act(DISPATCHER, id, "assign", "leadUnit", "housing", "assistingUnits", List.of("education"));

        assertThat(allowed(EDUCATION_CLERK, id)).as("housing has not signed for it yet").isEmpty();
        assertThat(post(EDUCATION_CLERK, id, "assisting-opinion", "text", "已核实").getStatusCode().value()).isEqualTo(409);

        letters.act(HOUSING_CLERK, id, "sign-for");
        assertThat(allowed(EDUCATION_CLERK, id)).containsExactly("assisting-opinion");
        assertThat(allowed(HOUSING_CLERK, id)).doesNotContain("assisting-opinion");

        ResponseEntity<Map> blank = post(EDUCATION_CLERK, id, "assisting-opinion", "text", " ");
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getBody().toString()).contains("请填写协办意见");

        letters.act(EDUCATION_CLERK, id, "assisting-opinion", "text", "经核实，施工方已办理夜间施工许可，建议限定时段。");
        Map<String, Object> seenByDrafter = letters.detail(HOUSING_CLERK, id);
        assertThat(opinions(seenByDrafter)).singleElement().satisfies(o -> {
            assertThat(o).containsEntry("unitCode", "education").containsEntry("username", EDUCATION_CLERK)
                .containsEntry("text", "经核实，施工方已办理夜间施工许可，建议限定时段。");
            assertThat(o.get("unitName")).isNotNull();
        });
        assertThat(Letters.history(seenByDrafter).getLast()).containsEntry("action", "ASSISTING_OPINION")
            .containsEntry("actionLabel", "填写协办意见").containsEntry("unitCode", "education");
        assertThat(opinions(letters.detail(DISPATCHER, id))).hasSize(1);

        // Writing again replaces the bureau's opinion; the history keeps both.
        letters.act(EDUCATION_CLERK, id, "assisting-opinion", "text", "建议施工限定在8时至20时。");
        Map<String, Object> again = letters.detail(HOUSING_CLERK, id);
        assertThat(opinions(again)).extracting(o -> o.get("text")).containsExactly("建议施工限定在8时至20时。");
        assertThat(Letters.history(again)).filteredOn(h -> "ASSISTING_OPINION".equals(h.get("action"))).hasSize(2);

        // The assisting bureau does not draft, return or ask for more days; the lead bureau does not assist itself.
        assertThat(post(EDUCATION_CLERK, id, "reply", "text", "已处理。").getStatusCode().value()).isEqualTo(403);
        assertThat(post(EDUCATION_CLERK, id, "return", "reason", "不属本单位").getStatusCode().value()).isEqualTo(403);
        assertThat(post(EDUCATION_CLERK, id, "extension-request", "days", 2, "reason", "需核实").getStatusCode().value())
            .isEqualTo(403);
        assertThat(post(HOUSING_CLERK, id, "assisting-opinion", "text", "本局意见").getStatusCode().value()).isEqualTo(403);
        assertThat(post(LEADER, id, "assisting-opinion", "text", "意见").getStatusCode().value())
            .as("a clerk of another unit does not even find the letter").isEqualTo(404);

        letters.act(HOUSING_CLERK, id, "reply", "text", "已要求施工方限定时段施工。");
        assertThat(post(EDUCATION_CLERK, id, "assisting-opinion", "text", "补充").getStatusCode().value())
            .as("the reply is in review").isEqualTo(409);
        Map<String, Object> inReview = api.get(EDUCATION_CLERK, "/api/mailbox/letters?status=REPLY_IN_REVIEW&q={q}", code(id))
            .getBody();
        assertThat(lines(inReview).getFirst()).containsEntry("assisting", true);
        assertThat(jdbc.queryForObject("SELECT status FROM letter_assisting_unit WHERE letter_id = ?", String.class, id))
            .as("the work list's copy of the state follows the letter").isEqualTo("REPLY_IN_REVIEW");
    }

    @Test
    void theMigrationsListOfAssistingUnitsIsTheOneTheStoreKeepsAndAReturnedLetterLeavesTheirLists() throws Exception {
        String id = letters.write("petition", "多部门 " + System.nanoTime(), "涉及多个部门。", Letters.freshPhone()).get("id");
        letters.act(DISPATCHER, id, "accept");
        letters.act(DISPATCHER, id, "assign", "leadUnit", "housing", "assistingUnits", List.of("education", "gov-office"));

        // V67's backfill, asked for this letter only: it splits letter.assisting_units as the store writes rows.
        String migration = new String(getClass().getResourceAsStream("/db/migration/V67__letter_assisting_unit.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("SELECT l.id")).replace(";", "").strip() + " AND l.id = ?";
        String rows = "SELECT letter_id, unit_code, status, submitted_at FROM letter_assisting_unit WHERE letter_id = ?";
        List<Map<String, Object>> stored = jdbc.queryForList(rows + " ORDER BY unit_code", id);
        assertThat(stored).extracting(r -> r.get("unit_code")).containsExactly("education", "gov-office");
        assertThat(jdbc.queryForList("SELECT * FROM (" + backfill + ") b ORDER BY 2", id)).extracting(r -> r.values().stream().toList())
            .isEqualTo(stored.stream().map(r -> r.values().stream().toList()).toList());

        letters.act(HOUSING_CLERK, id, "return", "reason", "不属本局职责");
        assertThat(jdbc.queryForList(rows, id)).isEmpty();
    }

    private ResponseEntity<Map> post(String user, String id, String step, Object... fields) {
        Map<String, Object> body = new java.util.HashMap<>();
        // The version as the lead unit reads it: a clerk who may not see the letter cannot read it.
        body.put("version", letters.detail(HOUSING_CLERK, id).get("version"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
    }

    private List<String> allowed(String user, String id) {
        return (List<String>) letters.detail(user, id).get("allowedActions");
    }

    private String code(String id) {
        return jdbc.queryForObject("SELECT tracking_code FROM letter WHERE id = ?", String.class, id);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static List<Map<String, Object>> opinions(Map<String, Object> detail) {
        return (List<Map<String, Object>>) detail.get("assistingOpinions");
    }

    private static List<Map<String, Object>> lines(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }
}
