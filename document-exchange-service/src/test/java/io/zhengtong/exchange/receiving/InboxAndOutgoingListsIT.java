package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.receiving.ExchangeClient.WU_XIA;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import io.zhengtong.platform.test.IntegrationTest;

/** The inbox and the outgoing list come in pages; a status nobody knows is a 400 in Chinese. */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class InboxAndOutgoingListsIT {

    @LocalServerPort
    int port;

    ExchangeClient api;

    @BeforeEach
    void client() {
        api = new ExchangeClient(port);
    }

    @Test
    void theInboxComesInPagesOfTheRequestedSizeWithTheTotals() {
        // 特急: the newest urgent copies are the top of the 待签收 tab, whatever earlier runs left there
        Object first = api.dispatched("关于做好2026年度价格监测工作的通知", "特急", List.of("development-reform"), List.of())
            .get("id");
        Object second = api.dispatched("关于报送重点项目建设进度的通知", "特急", List.of("development-reform"), List.of())
            .get("id");
        api.awaitInInbox(WU_XIA, first);
        api.awaitInInbox(WU_XIA, second);

        Map<String, Object> page0 = api.inboxPage(WU_XIA, "status=PENDING&page=0&size=1");
        Map<String, Object> page1 = api.inboxPage(WU_XIA, "status=待签收&page=1&size=1");

        assertThat(page0).containsEntry("page", 0).containsEntry("size", 1);
        assertThat(((Number) page0.get("totalElements")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(page0.get("totalPages")).isEqualTo(((Number) page0.get("totalElements")).intValue());
        List<Map<String, Object>> newest = (List<Map<String, Object>>) page0.get("content");
        List<Map<String, Object>> next = (List<Map<String, Object>>) page1.get("content");
        assertThat(newest).singleElement().satisfies(i -> assertThat(i).containsEntry("documentId", second));
        assertThat(next).singleElement().satisfies(i -> assertThat(i).containsEntry("documentId", first));
        assertThat(api.inboxPage(WU_XIA, null)).containsEntry("page", 0).containsEntry("size", 20);
    }

    @Test
    void theOutgoingListComesInPagesOfOneStatus() {
        Map<String, Object> page = api.ok(ZHANG_WEI, "GET", "/api/exchange/outgoing?status=已分发&size=2", null);

        assertThat(page).containsEntry("page", 0).containsEntry("size", 2);
        assertThat((List<Map<String, Object>>) page.get("content")).hasSizeLessThanOrEqualTo(2)
            .allSatisfy(d -> assertThat(d).containsEntry("status", "DISPATCHED"));
    }

    @Test
    void aStatusNobodyKnowsOrABadPageIsABadRequestInChinese() {
        ResponseEntity<Map> inbox = api.call(WU_XIA, "GET", "/api/exchange/inbox?status=UNREAD", null);
        ResponseEntity<Map> outgoing = api.call(ZHANG_WEI, "GET", "/api/exchange/outgoing?status=已作废", null);
        ResponseEntity<Map> tooLarge = api.call(WU_XIA, "GET", "/api/exchange/inbox?size=101", null);
        ResponseEntity<Map> notANumber = api.call(ZHANG_WEI, "GET", "/api/exchange/outgoing?page=第一页", null);

        assertThat(inbox.getStatusCode().value()).isEqualTo(400);
        assertThat(inbox.getBody()).containsEntry("type", "urn:zhengtong:problem:unknown-status");
        assertThat((String) inbox.getBody().get("detail")).contains("待签收");
        assertThat(outgoing.getStatusCode().value()).isEqualTo(400);
        assertThat((String) outgoing.getBody().get("detail")).contains("已分发");
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLarge.getBody()).containsEntry("type", "urn:zhengtong:problem:validation");
        assertThat((List<Map<String, Object>>) tooLarge.getBody().get("errors"))
            .containsExactly(Map.of("field", "size", "message", "每页条数（size）须在1到100之间"));
        assertThat(notANumber.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) notANumber.getBody().get("errors"))
            .containsExactly(Map.of("field", "page", "message", "应为整数"));
    }
}
