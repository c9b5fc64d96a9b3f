package io.zhengtong.exchange.search;

import static io.zhengtong.exchange.ExchangeScenarios.YANG_MIN;
import static io.zhengtong.exchange.ExchangeScenarios.ZHANG_WEI;
import static io.zhengtong.exchange.ExchangeScenarios.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.exchange.sending.OutgoingDocumentView;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * gov-office sends one notice to the education bureau and receives one letter from it; the
 * housing bureau is addressed by neither. Each unit searches with real tokens: it finds what it
 * sent and what it received, never the other documents, whatever it types.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DocumentSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SendingDocuments sending;

    ExchangeScenarios exchange;

    @BeforeEach
    void client() {
        exchange = new ExchangeScenarios(port, jdbc, sending);
    }

    Map<String, Object> search(String user, String query) {
        return exchange.expect(200, user, "GET", "/api/exchange/search?" + query, null);
    }

    static List<Map<String, Object>> content(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

    @Test
    void eachUnitFindsWhatItSentAndReceivedAndNeverAnotherUnitsDocument() {
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> notice = exchange.sentByGovOffice("关于" + marker + "校舍安全的通知", "特急",
                List.of("education"), List.of());
        OutgoingDocumentView letter = exchange.sentByEducation("关于" + marker + "经费保障的请示函", List.of("gov-office"));
        UUID officeInbox = exchange.awaitDelivery(letter.id(), "gov-office");
        UUID educationInbox = exchange.awaitDelivery(notice.get("id"), "education");

        Map<String, Object> office = search(ZHANG_WEI, "title=" + marker);
        assertThat(office).containsEntry("totalElements", 2).containsEntry("page", 0).containsEntry("size", 20);
        Map<String, Object> sent = content(office).stream().filter(d -> d.get("direction").equals("OUTGOING"))
            .findFirst().orElseThrow();
        assertThat(sent).containsEntry("documentId", notice.get("id")).containsEntry("outgoingId", notice.get("id"))
            .containsEntry("inboxId", null).containsEntry("number", notice.get("number"))
            .containsEntry("urgency", "EXTRA_URGENT").containsEntry("urgencyLabel", "特急");
        assertThat((Map) sent.get("sender")).containsEntry("code", "gov-office");
        Map<String, Object> received = content(office).stream().filter(d -> d.get("direction").equals("INCOMING"))
            .findFirst().orElseThrow();
        assertThat(received).containsEntry("documentId", letter.id().toString())
            .containsEntry("inboxId", officeInbox.toString()).containsEntry("outgoingId", null);

        assertThat(content(search(YANG_MIN, "q=" + marker))).extracting(d -> d.get("direction") + ":" + d.get("inboxId"))
            .containsExactlyInAnyOrder("INCOMING:" + educationInbox, "OUTGOING:null");

        // housing was addressed by neither: no criterion reaches them
        assertThat(search(ZHAO_LEI, "q=" + marker)).containsEntry("totalElements", 0);
        assertThat(search(ZHAO_LEI, "number=" + notice.get("number"))).containsEntry("totalElements", 0);
        assertThat(search(ZHAO_LEI, "sender=gov-office&title=" + marker)).containsEntry("totalElements", 0);
        assertThat(content(search(ZHAO_LEI, "size=100"))).extracting(d -> d.get("documentId"))
            .doesNotContain(notice.get("id"), letter.id().toString());
    }

    @Test
    void aClerkFindsByPartOfTheNumberWithAnyBracketsBySenderAndByDispatchDate() {
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> notice = exchange.sentByGovOffice("关于" + marker + "防汛值班的通知", "加急",
                List.of("education"), List.of());
        String number = (String) notice.get("number"); // e.g. 凤政办〔2026〕15号
        String typed = number.replace("〔", "[").replace("〕", "]");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        assertThat(content(search(ZHANG_WEI, "number=" + number))).extracting(d -> d.get("documentId"))
            .containsExactly(notice.get("id"));
        assertThat(content(search(ZHANG_WEI, "number=" + typed + "&title=" + marker))).hasSize(1);
        assertThat(content(search(ZHANG_WEI, "number=" + number.substring(0, number.indexOf('〕') + 1) + "&title="
                + marker))).hasSize(1);
        assertThat(search(ZHANG_WEI, "title=" + marker + " 防汛 通知")).containsEntry("totalElements", 1);
        assertThat(search(ZHANG_WEI, "title=" + marker + " 地震")).containsEntry("totalElements", 0);
        assertThat(search(ZHANG_WEI, "title=" + marker + "&sender=education")).containsEntry("totalElements", 0);
        assertThat(search(YANG_MIN, "title=" + marker + "&sender=gov-office")).containsEntry("totalElements", 1);
        assertThat(search(ZHANG_WEI, "title=" + marker + "&from=" + today + "&to=" + today))
            .containsEntry("totalElements", 1);
        assertThat(search(ZHANG_WEI, "title=" + marker + "&from=" + tomorrow)).containsEntry("totalElements", 0);
        assertThat(search(ZHANG_WEI, "title=" + marker + "&to=2020-01-01")).containsEntry("totalElements", 0);
        // wildcards are taken literally
        assertThat(search(ZHANG_WEI, "title=%25")).containsEntry("totalElements", 0);
    }

    @Test
    void resultsArePagedAndBadDatesOrPageSizesAreExplainedPerField() {
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 8);
        exchange.sentByGovOffice("关于" + marker + "第一份的通知", "", List.of("housing"), List.of());
        exchange.sentByGovOffice("关于" + marker + "第二份的通知", "", List.of("housing"), List.of());

        Map<String, Object> first = search(ZHANG_WEI, "title=" + marker + "&size=1");
        assertThat(first).containsEntry("totalElements", 2).containsEntry("totalPages", 2).containsEntry("size", 1);
        Map<String, Object> second = search(ZHANG_WEI, "title=" + marker + "&size=1&page=1");
        assertThat(content(second)).hasSize(1);
        assertThat(content(second).getFirst().get("documentId")).isNotEqualTo(content(first).getFirst().get("documentId"));
        // newest first
        assertThat((String) content(first).getFirst().get("title")).contains("第二份");

        Map<String, Object> badDate = exchange.expect(400, ZHANG_WEI, "GET", "/api/exchange/search?from=2026-13-01", null);
        assertThat(badDate).containsEntry("type", "urn:zhengtong:problem:validation");
        assertThat((List<Map>) badDate.get("errors")).extracting(e -> e.get("field"), e -> e.get("message"))
            .containsExactly(tuple("from", "日期格式应为 yyyy-MM-dd，例如 2026-11-22"));
        Map<String, Object> reversed = exchange.expect(400, ZHANG_WEI, "GET",
                "/api/exchange/search?from=2026-11-02&to=2026-11-01", null);
        assertThat((List<Map>) reversed.get("errors")).extracting(e -> e.get("field"), e -> e.get("message"))
            .containsExactly(tuple("to", "结束日期不能早于开始日期"));
        Map<String, Object> badPaging = exchange.expect(400, ZHANG_WEI, "GET", "/api/exchange/search?size=101&page=-1", null);
        assertThat(badPaging).containsEntry("type", "urn:zhengtong:problem:validation");
        assertThat((List<Map>) badPaging.get("errors")).extracting(e -> e.get("field"), e -> e.get("message"))
            .containsExactlyInAnyOrder(tuple("size", "每页条数（size）须在1到100之间"), tuple("page", "页码（page）从0开始，不能为负数"));
        assertThat((List<Map>) exchange.expect(400, ZHANG_WEI, "GET", "/api/exchange/search?page=x", null).get("errors"))
            .extracting(e -> e.get("field"), e -> e.get("message")).containsExactly(tuple("page", "应为整数"));
        // A blank date is no date: the search runs without it.
        assertThat(search(ZHANG_WEI, "title=" + marker + "&from=&to=")).containsEntry("totalElements", 2);
    }
}
