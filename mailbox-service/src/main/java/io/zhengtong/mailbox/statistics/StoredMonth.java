package io.zhengtong.mailbox.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A month's snapshot as published: taken once, never changed. */
public record StoredMonth(YearMonth month, Instant takenAt, List<StoredUnit> units) {

    /** A unit's row with its name and place in the list as they were when the snapshot was taken. */
    public record StoredUnit(String unitCode, String unitName, int position, MonthCounts counts) {
    }

    public MonthCounts totals() {
        return units.stream().map(StoredUnit::counts).reduce(MonthCounts.NONE, MonthCounts::plus);
    }
}
