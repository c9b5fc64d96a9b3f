package io.zhengtong.mailbox.statistics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The counts of months not frozen yet (the current month, one still settling), kept per instance
 * for a short time ({@code zhengtong.mailbox.statistics.live-cache}): a busy 每月通报 or OA chart
 * counts the month's letters once per period, not once per request. Ages come from a monotonic
 * ticker, not from the service's clock (which tests move).
 */
final class LiveCounts {

    record Entry(FigureCounter.Counted counted, long computedAtNanos) {
    }

    private final Duration lifetime;
    private final LongSupplier nanoTicker;
    private final Map<YearMonth, Entry> entries = new ConcurrentHashMap<>();

    LiveCounts(Duration lifetime, LongSupplier nanoTicker) {
        this.lifetime = lifetime;
        this.nanoTicker = nanoTicker;
    }

    FigureCounter.Counted get(YearMonth month, Function<YearMonth, FigureCounter.Counted> count) {
        long now = nanoTicker.getAsLong();
        Entry entry = entries.get(month);
        if (entry != null && now - entry.computedAtNanos() < lifetime.toNanos()) {
            return entry.counted();
        }
        FigureCounter.Counted counted = count.apply(month);
        if (!lifetime.isZero()) {
            entries.put(month, new Entry(counted, now));
        }
        // Old months fall out: only a few are ever counted live.
        entries.entrySet().removeIf(e -> now - e.getValue().computedAtNanos() >= lifetime.toNanos());
        return counted;
    }
}
