package io.zhengtong.exchange.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.platform.problem.DomainRuleViolation;

class InboxFilterTest {

    @ParameterizedTest
    @CsvSource({"PENDING, PENDING", "pending, PENDING", "待签收, PENDING", "signed-for, SIGNED_FOR", "已签收, SIGNED_FOR",
            "已退回, RETURNED", "ALL, ALL", "全部, ALL"})
    void aClerkNamesAnInboxTabByItsNameOrItsChineseLabel(String text, InboxFilter tab) {
        assertThat(InboxFilter.parse(text)).isEqualTo(tab);
    }

    @Test
    void withoutATabTheInboxShowsEverythingAndPendingMeansOpenedOrNot() {
        assertThat(InboxFilter.parse(null)).isEqualTo(InboxFilter.ALL);
        assertThat(InboxFilter.parse("  ")).isEqualTo(InboxFilter.ALL);
        assertThat(InboxFilter.PENDING.statuses()).containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.READ);
    }

    @Test
    void anUnknownTabIsABadRequestListingTheTabsInChinese() {
        assertThatThrownBy(() -> InboxFilter.parse("UNREAD"))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.status().value()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("unknown-status");
            })
            .hasMessageContaining("UNREAD").hasMessageContaining("待签收");
    }

    @Test
    void anOutgoingStatusIsNamedTheSameWayAndAnUnknownOneIsABadRequest() {
        assertThat(OutgoingStatus.parse("dispatched")).contains(OutgoingStatus.DISPATCHED);
        assertThat(OutgoingStatus.parse("待签发")).contains(OutgoingStatus.AWAITING_SIGN_OFF);
        assertThat(OutgoingStatus.parse("")).isEmpty();
        assertThatThrownBy(() -> OutgoingStatus.parse("已作废"))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.status().value()).isEqualTo(400))
            .hasMessageContaining("已分发");
    }
}
