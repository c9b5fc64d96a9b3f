package io.zhengtong.mailbox.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.statistics.MonthSettlement.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MonthSettlementTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final MonthSettlement THREE_DAYS = new MonthSettlement(Duration.ofDays(3));

    static Instant shanghai(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aMonthEndsAtMidnightInBeijingNotAtMidnightUtc() {
        assertThat(MonthSettlement.endOf(OCTOBER)).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        // 23:59 on 31 October in Beijing (15:59 UTC) is still October.
        assertThat(THREE_DAYS.phaseAt(OCTOBER, shanghai(10, 31, 23, 59))).isEqualTo(Phase.OPEN);
        assertThat(THREE_DAYS.phaseAt(OCTOBER, Instant.parse("2026-10-31T16:30:00Z"))).as("00:30 on 1 November in Beijing")
            .isEqualTo(Phase.SETTLING);
    }

    @Test
    void anEndedMonthIsFrozenOnlyOnceTheSettleDelayHasPassed() {
        assertThat(THREE_DAYS.phaseAt(OCTOBER, shanghai(11, 1, 0, 0))).isEqualTo(Phase.SETTLING);
        assertThat(THREE_DAYS.phaseAt(OCTOBER, shanghai(11, 3, 23, 59))).isEqualTo(Phase.SETTLING);
        assertThat(THREE_DAYS.settledAt(OCTOBER)).isEqualTo(shanghai(11, 4, 0, 0));
        assertThat(THREE_DAYS.phaseAt(OCTOBER, shanghai(11, 4, 0, 0))).isEqualTo(Phase.SETTLED);
    }

    @Test
    void theCurrentAndLaterMonthsAreOpenAndEarlierOnesSettled() {
        Instant now = shanghai(11, 22, 12, 0);
        assertThat(THREE_DAYS.phaseAt(YearMonth.of(2026, 11), now)).isEqualTo(Phase.OPEN);
        assertThat(THREE_DAYS.phaseAt(YearMonth.of(2027, 1), now)).isEqualTo(Phase.OPEN);
        assertThat(THREE_DAYS.phaseAt(YearMonth.of(2025, 12), now)).isEqualTo(Phase.SETTLED);
    }

    @Test
    void theLastSettledMonthIsTheMonthBeforeLastDuringTheSettleDelay() {
        assertThat(THREE_DAYS.lastSettled(shanghai(11, 2, 9, 0))).isEqualTo(YearMonth.of(2026, 9));
        assertThat(THREE_DAYS.lastSettled(shanghai(11, 4, 9, 0))).isEqualTo(OCTOBER);
        // Across the year: December is settled on 4 January.
        assertThat(THREE_DAYS.lastSettled(LocalDateTime.of(2027, 1, 4, 0, 0).atZone(SHANGHAI).toInstant()))
            .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void withoutASettleDelayAMonthIsFrozenTheMomentItEnds() {
        MonthSettlement none = new MonthSettlement(Duration.ZERO);
        assertThat(none.phaseAt(OCTOBER, shanghai(11, 1, 0, 0))).isEqualTo(Phase.SETTLED);
        assertThat(none.phaseAt(OCTOBER, shanghai(10, 31, 23, 59))).isEqualTo(Phase.OPEN);
    }

    @Test
    void aNegativeSettleDelayIsAConfigurationError() {
        assertThatThrownBy(() -> new MonthSettlement(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
