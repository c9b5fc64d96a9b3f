package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.statistics.StoredMonth.StoredUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code statistics_snapshot} (one row per frozen month) and
 * {@code statistics_snapshot_unit} (its rows per unit), V53. Instants are stored as UTC wall time
 * like Hibernate's ({@code hibernate.jdbc.time_zone: UTC}).
 */
@Repository
class MonthlySnapshots {

    private final JdbcTemplate jdbc;

    MonthlySnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the month inside the caller's transaction: false if it is frozen already (a second
     * instance waits on the primary key until the first commits, then finds it taken).
     */
    boolean claim(YearMonth month, Instant takenAt) {
        try {
            jdbc.update("INSERT INTO statistics_snapshot (report_month, taken_at) VALUES (?, ?)", month.toString(),
                    LocalDateTime.ofInstant(takenAt, ZoneOffset.UTC));
            return true;
        }
        catch (DuplicateKeyException frozenAlready) {
            return false;
        }
    }

    void addUnits(YearMonth month, List<StoredUnit> units) {
        jdbc.batchUpdate("""
                INSERT INTO statistics_snapshot_unit (report_month, unit_code, unit_name, position, received, answered,
                    answered_on_time, working_days, satisfied, basically_satisfied, unsatisfied, overdue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", units.stream().map(u -> new Object[] { month.toString(),
            u.unitCode(), u.unitName(), u.position(), u.counts().received(), u.counts().answered(),
            u.counts().answeredOnTime(), u.counts().workingDays(), u.counts().satisfied(),
            u.counts().basicallySatisfied(), u.counts().unsatisfied(), u.counts().overdue() }).toList());
    }

    Optional<StoredMonth> find(YearMonth month) {
        return read("WHERE s.report_month = ?", month.toString()).stream().findFirst();
    }

    List<StoredMonth> ofYear(Year year) {
        return read("WHERE s.report_month LIKE ?", year.getValue() + "-%");
    }

    private List<StoredMonth> read(String where, Object parameter) {
        Map<String, StoredMonth> months = new LinkedHashMap<>();
        jdbc.query("""
                SELECT s.report_month, s.taken_at, u.unit_code, u.unit_name, u.position, u.received, u.answered,
                    u.answered_on_time, u.working_days, u.satisfied, u.basically_satisfied, u.unsatisfied, u.overdue
                FROM statistics_snapshot s LEFT JOIN statistics_snapshot_unit u ON u.report_month = s.report_month
                """ + where + " ORDER BY s.report_month, u.position, u.unit_code", rs -> {
            String month = rs.getString("report_month");
            StoredMonth stored = months.computeIfAbsent(month, m -> {
                try {
                    return new StoredMonth(YearMonth.parse(m),
                            rs.getObject("taken_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), new ArrayList<>());
                }
                catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (rs.getString("unit_code") != null) {
                stored.units().add(new StoredUnit(rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("position"),
                        new MonthCounts(rs.getLong("received"), rs.getLong("answered"), rs.getLong("answered_on_time"),
                                rs.getLong("working_days"), rs.getLong("satisfied"), rs.getLong("basically_satisfied"),
                                rs.getLong("unsatisfied"), rs.getLong("overdue"))));
            }
        }, parameter);
        return List.copyOf(months.values());
    }
}
