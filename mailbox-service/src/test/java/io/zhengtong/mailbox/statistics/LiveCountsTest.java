package io.zhengtong.mailbox.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveCountsTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger countings = new AtomicInteger();

    FigureCounter.Counted counting(YearMonth month) {
        long n = countings.incrementAndGet();
        MonthCounts c = new MonthCounts(n, 0, 0, 0, 0, 0, 0, 0);
        return new FigureCounter.Counted(Map.of("housing", c), c);
    }

    @Test
    void theCurrentMonthIsCountedOnceWithinTheLifetimeAndAgainAfterIt() {
        LiveCounts live = new LiveCounts(Duration.ofMinutes(2), nanos::get);
        assertThat(live.get(NOVEMBER, this::counting).all().received()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(119).toNanos());
        assertThat(live.get(NOVEMBER, this::counting).all().received()).as("still the first count").isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(live.get(NOVEMBER, this::counting).all().received()).as("counted again").isEqualTo(2);
        assertThat(countings).hasValue(2);
    }

    @Test
    void eachMonthHasItsOwnCount() {
        LiveCounts live = new LiveCounts(Duration.ofMinutes(2), nanos::get);
        live.get(NOVEMBER, this::counting);
        live.get(NOVEMBER.minusMonths(1), this::counting);
        live.get(NOVEMBER, this::counting);
        assertThat(countings).hasValue(2);
    }

    @Test
    void aLifetimeOfZeroCountsEveryTime() {
        LiveCounts live = new LiveCounts(Duration.ZERO, nanos::get);
        live.get(NOVEMBER, this::counting);
        live.get(NOVEMBER, this::counting);
        assertThat(countings).hasValue(2);
    }
}
