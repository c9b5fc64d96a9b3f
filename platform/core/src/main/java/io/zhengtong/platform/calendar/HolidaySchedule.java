package io.zhengtong.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yearly holiday arrangements (国务院办公厅关于部分节假日安排的通知) as data: the adjustments
 * per date and the years whose schedule was loaded. Immutable; a newly published year gives a
 * new schedule ({@link #replacingYearsOf}).
 *
 * <p>A year is known only when the schedule holds at least one adjustment dated in it — every
 * real notice does (春节 alone always takes weekdays off). Dates in other years are answered
 * weekends-only by the calendar and flagged provisional.
 *
 * <p>The file format ({@link #parse(Reader)}): UTF-8 (a BOM is ignored), lines starting with
 * {@code #} and blank lines ignored, the header {@code date,kind,holiday}, then one row per
 * adjusted date: {@code 2024-02-12,OFF,春节} or {@code 2024-02-18,WORK,春节}. Blanks around
 * fields are ignored; fields are never quoted (names use 、 rather than commas).
 */
public final class HolidaySchedule {

    /** The classpath location of the verified seed schedule shipped with the platform. */
    public static final String SEED_RESOURCE = "calendar/cn-workday-adjustments.csv";

    static final String HEADER = "date,kind,holiday";

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final HolidaySchedule EMPTY = new HolidaySchedule(new TreeMap<>());

    private final Map<LocalDate, Adjustment> byDate;
    private final SortedSet<Integer> years;
    private final String fingerprint;

    private HolidaySchedule(TreeMap<LocalDate, Adjustment> byDate) {
        this.byDate = Collections.unmodifiableMap(byDate);
        TreeSet<Integer> known = new TreeSet<>();
        byDate.keySet().forEach(date -> known.add(date.getYear()));
        this.years = Collections.unmodifiableSortedSet(known);
        this.fingerprint = fingerprintOf(toCsv());
    }

    /** No year known: every date is answered weekends-only and provisional. */
    public static HolidaySchedule empty() {
        return EMPTY;
    }

    /**
     * A schedule of the given adjustments; their dates' years become known.
     *
     * @throws IllegalArgumentException when a date appears twice
     */
    public static HolidaySchedule of(Collection<Adjustment> adjustments) {
        TreeMap<LocalDate, Adjustment> byDate = new TreeMap<>();
        for (Adjustment adjustment : adjustments) {
            if (byDate.putIfAbsent(adjustment.date(), adjustment) != null) {
                throw new IllegalArgumentException("日期 " + adjustment.date() + " 重复");
            }
        }
        return new HolidaySchedule(byDate);
    }

    /** The verified schedule shipped with the platform ({@value #SEED_RESOURCE}): 2024 to 2026. */
    public static HolidaySchedule seed() {
        InputStream in = HolidaySchedule.class.getClassLoader().getResourceAsStream(SEED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The seed schedule " + SEED_RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return parse(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a schedule file in UTF-8; see {@link #parse(Reader)}. */
    public static HolidaySchedule parse(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a schedule file's text; see {@link #parse(Reader)}. */
    public static HolidaySchedule parse(String text) {
        return parse(new StringReader(text));
    }

    /**
     * Parses the schedule format described on this class. All or nothing: the first fault
     * rejects the whole file.
     *
     * @throws HolidayScheduleFormatException naming the line: a missing header, a row without
     *         exactly three fields, an impossible date, an unknown kind, a missing holiday name,
     *         an OFF on a weekend or a WORK on a weekday, a date listed twice, or no rows at all
     */
    public static HolidaySchedule parse(Reader reader) {
        List<String> lines = new BufferedReader(reader).lines().toList();
        TreeMap<LocalDate, Adjustment> byDate = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            if (!headerSeen) {
                checkHeader(lineNumber, trimmed, fields);
                headerSeen = true;
                continue;
            }
            Adjustment adjustment = row(lineNumber, trimmed, fields);
            Integer earlier = lineOf.putIfAbsent(adjustment.date(), lineNumber);
            if (earlier != null) {
                throw new HolidayScheduleFormatException(lineNumber,
                        "日期 " + adjustment.date() + " 重复（第 " + earlier + " 行已经列出）");
            }
            byDate.put(adjustment.date(), adjustment);
        }
        if (!headerSeen) {
            throw new HolidayScheduleFormatException(0, "文件是空的：应以表头 " + HEADER + " 开始，每行一个调整日期");
        }
        if (byDate.isEmpty()) {
            throw new HolidayScheduleFormatException(0, "文件只有表头，没有任何调整日期");
        }
        return new HolidaySchedule(byDate);
    }

    private static void checkHeader(int lineNumber, String line, String[] fields) {
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            names.add(field.strip().toLowerCase(Locale.ROOT));
        }
        if (!String.join(",", names).equals(HEADER)) {
            throw new HolidayScheduleFormatException(lineNumber,
                    "第一行（注释除外）应为表头 " + HEADER + "，实际是「" + line + "」");
        }
    }

    private static Adjustment row(int lineNumber, String line, String[] fields) {
        if (fields.length != 3) {
            throw new HolidayScheduleFormatException(lineNumber,
                    "应有 3 列（date,kind,holiday），实际有 " + fields.length + " 列：「" + line + "」");
        }
        String dateText = fields[0].strip();
        LocalDate date;
        try {
            date = LocalDate.parse(dateText, ISO_DATE);
        }
        catch (DateTimeParseException e) {
            throw new HolidayScheduleFormatException(lineNumber,
                    "日期「" + dateText + "」无效，应为 yyyy-MM-dd 格式的真实日期，如 2024-02-12");
        }
        String kindText = fields[1].strip();
        AdjustmentKind kind = AdjustmentKind.fromCode(kindText)
                .orElseThrow(() -> new HolidayScheduleFormatException(lineNumber,
                        "类型「" + kindText + "」无法识别，只能是 OFF（工作日放假）或 WORK（周末调休上班）"));
        try {
            return new Adjustment(date, kind, fields[2]);
        }
        catch (IllegalArgumentException e) {
            throw new HolidayScheduleFormatException(lineNumber, e.getMessage());
        }
    }

    /** The adjustment on a date, if the schedule lists one. */
    public Optional<Adjustment> adjustmentOn(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Every adjustment, by date. */
    public List<Adjustment> adjustments() {
        return List.copyOf(byDate.values());
    }

    /** The adjustments dated in one year, by date. */
    public List<Adjustment> adjustmentsIn(int year) {
        return byDate.values().stream().filter(a -> a.date().getYear() == year).toList();
    }

    /** The years whose schedule is loaded, ascending. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether the year's schedule is loaded, so that its dates are answered for certain. */
    public boolean knowsYear(int year) {
        return years.contains(year);
    }

    /**
     * This schedule with every year of {@code newer} replaced by newer's adjustments: how an
     * administrator loads the next year's notice, or corrects one year, without touching the others.
     */
    public HolidaySchedule replacingYearsOf(HolidaySchedule newer) {
        TreeMap<LocalDate, Adjustment> merged = new TreeMap<>();
        byDate.forEach((date, adjustment) -> {
            if (!newer.knowsYear(date.getYear())) {
                merged.put(date, adjustment);
            }
        });
        merged.putAll(newer.byDate);
        return new HolidaySchedule(merged);
    }

    /**
     * A short hash of the content; it changes whenever any adjustment changes. A deadline stores
     * the fingerprint it was computed with, so the ones computed on an older schedule can be found.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The schedule in its file format (header and rows, without comments); parsing it gives an equal schedule. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        byDate.values().forEach(a -> csv.append(a.date()).append(',').append(a.kind()).append(',')
                .append(a.holiday()).append('\n'));
        return csv.toString();
    }

    private static String fingerprintOf(String canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidaySchedule that && byDate.equals(that.byDate);
    }

    @Override
    public int hashCode() {
        return byDate.hashCode();
    }

    @Override
    public String toString() {
        return "HolidaySchedule" + years + " (" + byDate.size() + " adjustments, " + fingerprint + ")";
    }
}
