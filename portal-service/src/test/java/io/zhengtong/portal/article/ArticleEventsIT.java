package io.zhengtong.portal.article;

import static io.zhengtong.portal.article.OfficeClient.LI_NA;
import static io.zhengtong.portal.article.OfficeClient.ZHANG_WEI;
import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.zhengtong.platform.test.InfrastructureInitializer;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TopicRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each transition goes out on Kafka as a CloudEvent, through the outbox: the record appears only
 * because the transition committed its outbox entry, keyed by the article id, with the data the
 * search index needs.
 */
@IntegrationTest
class ArticleEventsIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void publishingAnArticleSendsThePublishedEventWithWhatTheSearchIndexNeeds() {
        long started = System.currentTimeMillis() - 1_000;
        OfficeClient editor = OfficeClient.as(ZHANG_WEI, port);
        OfficeClient reviewer = OfficeClient.as(LI_NA, port);
        String title = "全县电子政务工作会议召开 " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = editor.draft(title, "news",
                "<h2>会议要求</h2><p>加强<a href=\"javascript:alert(1)\">网站</a>内容保障。</p>");
        Map<String, Object> submitted = editor.act("submit", draft, null);
        Map<String, Object> published = reviewer.act("approve", submitted, null);
        Map<String, Object> withdrawn = reviewer.act("withdraw", published, "信息有误");
        String key = String.valueOf(draft.get("id"));

        List<ConsumerRecord<String, byte[]>> records = recordsWithKey(key, started, 4);

        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "zhengtong.portal.article.created.v1", "zhengtong.portal.article.submitted.v1",
                "zhengtong.portal.article.published.v1", "zhengtong.portal.article.withdrawn.v1");
        ConsumerRecord<String, byte[]> publishedRecord = records.get(2);
        assertThat(header(publishedRecord, "ce_source")).isEqualTo("/zhengtong/portal");
        assertThat(header(publishedRecord, "ce_specversion")).isEqualTo("1.0");
        JsonNode data = JsonMapper.builder().build().readTree(publishedRecord.value());
        assertThat(header(publishedRecord, "ce_id")).isEqualTo(data.get("eventId").asString());
        assertThat(data.get("aggregateId").asString()).isEqualTo(key);
        assertThat(data.get("articleId").asLong()).isEqualTo(((Number) draft.get("id")).longValue());
        assertThat(data.get("title").asString()).isEqualTo(title);
        assertThat(data.get("bodyText").asString()).isEqualTo("会议要求\n加强网站内容保障。");
        assertThat(data.get("summary").asString()).isEqualTo("会议要求 加强网站内容保障。");
        assertThat(data.get("channelCode").asString()).isEqualTo("news");
        assertThat(data.get("channelName").asString()).isEqualTo("政务要闻");
        assertThat(data.get("unitCode").asString()).isEqualTo("gov-office");
        assertThat(data.get("unitName").asString()).isEqualTo("凤县人民政府办公室");
        assertThat(data.get("url").asString()).isEqualTo("/articles/" + key);
        assertThat(data.get("publishedAt").asString()).isNotBlank();
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("eventId", "aggregateId", "occurredAt",
                "articleId", "title", "summary", "bodyText", "channelCode", "channelName", "unitCode", "unitName",
                "publishedAt", "url");

        JsonNode withdrawal = JsonMapper.builder().build().readTree(records.get(3).value());
        assertThat(withdrawal.get("reason").asString()).isEqualTo("信息有误");
        assertThat(withdrawal.get("articleId").asLong()).isEqualTo(((Number) withdrawn.get("id")).longValue());
    }

    /** This test's records: article ids start again in a fresh test schema, the topic keeps older runs' records. */
    private List<ConsumerRecord<String, byte[]>> recordsWithKey(String key, long since, int expected) {
        return TopicRecords.read(kafka, InfrastructureInitializer.TEST_TOPIC_PREFIX + ArticleEvents.TOPIC,
                record -> key.equals(record.key()) && record.timestamp() >= since, expected, Duration.ofSeconds(30));
    }
}
