package io.zhengtong.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

class CloudEventsExternalizationTest {

    @EventContract(type = "zhengtong.portal.article.published.v1", topic = "portal.articles")
    record ArticlePublished(UUID eventId, String aggregateId, Instant occurredAt, String title) implements IntegrationEvent {
    }

    record WithoutContract(UUID eventId, String aggregateId, Instant occurredAt) implements IntegrationEvent {
    }

    record InternalOnly(String something) {
    }

    private final EventExternalizationConfiguration configuration = CloudEventsExternalization.configuration("/zhengtong/portal", "");

    private final ArticlePublished published = new ArticlePublished(
            UUID.fromString("6f1c8a52-5b8e-4d53-9a5e-0c1f6f3f2a11"), "42", Instant.parse("2026-11-22T01:02:03.456Z"), "通知");

    @Test
    void onlyIntegrationEventsLeaveTheService() {
        assertThat(configuration.supports(published)).isTrue();
        assertThat(configuration.supports(new InternalOnly("x"))).isFalse();
    }

    @Test
    void anEventGoesToItsContractsTopicKeyedByItsAggregate() {
        RoutingTarget target = configuration.determineTarget(published);

        assertThat(target.getTarget()).isEqualTo("portal.articles");
        assertThat(target.getKey()).isEqualTo("42");
    }

    @Test
    void anEnvironmentsTopicPrefixKeepsItsEventsApartFromOtherEnvironmentsOnTheSameKafka() {
        RoutingTarget target = CloudEventsExternalization.configuration("/zhengtong/portal", "test.")
            .determineTarget(published);

        assertThat(target.getTarget()).isEqualTo("test.portal.articles");
    }

    @Test
    void theHeadersAreTheCloudEventsBinaryModeAttributesTakenFromTheEventItself() {
        assertThat(configuration.getHeadersFor(published))
            .containsEntry("ce_specversion", "1.0")
            .containsEntry("ce_id", "6f1c8a52-5b8e-4d53-9a5e-0c1f6f3f2a11")
            .containsEntry("ce_type", "zhengtong.portal.article.published.v1")
            .containsEntry("ce_source", "/zhengtong/portal")
            .containsEntry("ce_subject", "42")
            .containsEntry("ce_time", "2026-11-22T01:02:03.456Z")
            .containsEntry("content-type", "application/json");
    }

    @Test
    void anIntegrationEventWithoutAContractIsAProgrammingErrorNamedClearly() {
        WithoutContract event = new WithoutContract(UUID.randomUUID(), "1", Instant.now());

        assertThatIllegalStateException().isThrownBy(() -> configuration.determineTarget(event))
            .withMessageContaining("WithoutContract")
            .withMessageContaining("@EventContract");
    }
}
