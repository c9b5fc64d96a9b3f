package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The county-wide answering periods come from the configuration, and the public mailbox list (what
 * the website shows) states them for every mailbox without a period of its own (those are set on
 * the 信箱管理 screen: MailboxAdministrationIT).
 */
@TestPropertySource(properties = "zhengtong.mailbox.deadlines.working-days.complaint=10")
class ConfiguredDeadlinesIT extends MailboxFixture {

    @Test
    void theMailboxListStatesTheConfiguredPeriodsOfEachMailbox() {
        List<Map<String, Object>> boxes = api.getList(null, "/api/mailbox/public/mailboxes").getBody();

        assertThat(periods(boxes, "county-head")).containsEntry("CONSULTATION", 3).containsEntry("COMPLAINT", 10)
            .containsEntry("REPORT", 7);
        assertThat(periods(boxes, "party-secretary")).containsEntry("CONSULTATION", 3).containsEntry("COMPLAINT", 10);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> periods(List<Map<String, Object>> boxes, String code) {
        Map<String, Object> box = boxes.stream().filter(b -> code.equals(b.get("code"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) box.get("periods")).stream()
            .collect(java.util.stream.Collectors.toMap(p -> (String) p.get("type"), p -> p.get("workingDays")));
    }
}
