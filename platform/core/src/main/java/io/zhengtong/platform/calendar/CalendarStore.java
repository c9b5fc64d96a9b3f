package io.zhengtong.platform.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner service's stored schedule versions (V3 of the platform migrations): append-only, each
 * version the whole schedule. Callers run in a transaction.
 */
public class CalendarStore {

    /** A stored version of the schedule. */
    public record StoredSchedule(long version, String fingerprint, List<Integer> changedYears, String changedBy,
            Instant changedAt, HolidaySchedule schedule) {
    }

    private final JdbcTemplate jdbc;

    public CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredSchedule> latest() {
        List<StoredSchedule> found = jdbc.query("""
                select version, fingerprint, changed_years, changed_by, changed_at from calendar_schedule_version
                order by version desc limit 1""", (rs, n) -> new StoredSchedule(rs.getLong(1), rs.getString(2),
                years(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), null));
        return found.stream().findFirst().map(v -> new StoredSchedule(v.version(), v.fingerprint(), v.changedYears(),
                v.changedBy(), v.changedAt(), adjustmentsOf(v.version())));
    }

    /**
     * Appends the next version; answers it. Two administrators saving at once: the second one's
     * insert of the same version fails (primary key) and nothing of it is kept.
     */
    public StoredSchedule append(HolidaySchedule schedule, List<Integer> changedYears, String changedBy, Instant at) {
        Long last = jdbc.queryForObject("select max(version) from calendar_schedule_version", Long.class);
        long version = last == null ? 1 : last + 1;
        jdbc.update("""
                insert into calendar_schedule_version (version, fingerprint, changed_years, changed_by, changed_at)
                values (?, ?, ?, ?, ?)""", version, schedule.fingerprint(),
                changedYears.stream().map(String::valueOf).collect(Collectors.joining(",")), changedBy, Timestamp.from(at));
        jdbc.batchUpdate("insert into calendar_adjustment (version, day, kind, holiday) values (?, ?, ?, ?)",
                schedule.adjustments().stream().map(a -> new Object[] { version, Date.valueOf(a.date()), a.kind().name(),
                        a.holiday() }).toList());
        return new StoredSchedule(version, schedule.fingerprint(), List.copyOf(changedYears), changedBy, at, schedule);
    }

    private HolidaySchedule adjustmentsOf(long version) {
        return HolidaySchedule.of(jdbc.query("select day, kind, holiday from calendar_adjustment where version = ? order by day",
                (rs, n) -> new Adjustment(rs.getObject(1, java.time.LocalDate.class), AdjustmentKind.valueOf(rs.getString(2)),
                        rs.getString(3)), version));
    }

    private static List<Integer> years(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
