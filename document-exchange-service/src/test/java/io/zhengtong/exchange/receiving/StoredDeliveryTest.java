package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import tools.jackson.databind.json.JsonMapper;

/** A stored delivery comes back exactly as it was: status, readers, receipt, return, reminders, history. */
class StoredDeliveryTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void aDeliveryReadBackFromItsStoredFormIsTheSameDelivery(DeliveryStatus status) {
        Delivery delivery = Copies.in(status, AT);
        if (status.isPending()) {
            delivery.remindManually(ZHANG_WEI, "请尽快签收", AT.plusSeconds(3600));
            delivery.pullEvents();
        }

        String stored = json.writeValueAsString(Deliveries.StoredState.of(delivery.snapshot()));
        Delivery read = Delivery.restore(json.readValue(stored, Deliveries.StoredState.class).snapshot());

        assertThat(read.snapshot()).isEqualTo(delivery.snapshot());
        assertThat(read.pullEvents()).isEmpty();
        if (status == DeliveryStatus.SIGNED_FOR) {
            assertThat(read.receipt().orElseThrow().canonicalForm())
                .isEqualTo(delivery.receipt().orElseThrow().canonicalForm());
            assertThat(read.receipt().orElseThrow().signedForByName()).isEqualTo(ZHU_HONG.name());
        }
    }
}
