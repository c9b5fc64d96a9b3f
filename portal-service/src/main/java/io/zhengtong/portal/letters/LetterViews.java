package io.zhengtong.portal.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.zhengtong.portal.letters.MailboxApi.StatisticsRow;
import io.zhengtong.portal.site.SignedInVisitor;

/** What the mailbox templates show, already in the county's time and in Chinese words. */
final class LetterViews {

    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    /** The letter types when the mailbox does not list them with its periods. */
    static final List<Choice> TYPES = List.of(new Choice("CONSULTATION", "咨询"), new Choice("COMPLAINT", "投诉"),
            new Choice("SUGGESTION", "建议"), new Choice("REPORT", "举报"), new Choice("OTHER", "其他"));

    static final List<Choice> RATINGS = List.of(new Choice("SATISFIED", "满意"),
            new Choice("BASICALLY_SATISFIED", "基本满意"), new Choice("UNSATISFIED", "不满意"));

    private LetterViews() {
    }

    record Choice(String value, String label) {
    }

    /**
     * How a named letter's writer must be reachable, as the mailbox checks it and the form says:
     * without login by mobile number; logged in by mobile number or e-mail address, and an account
     * with an e-mail address is reachable there already (the mailbox uses it when the form's is
     * empty), so the mobile number is optional.
     */
    enum Reach {
        PHONE, PHONE_OR_EMAIL, ACCOUNT_EMAIL;

        static Reach of(Optional<SignedInVisitor> visitor) {
            return visitor.map(v -> v.email() == null || v.email().isBlank() ? PHONE_OR_EMAIL : ACCOUNT_EMAIL).orElse(PHONE);
        }
    }

    /** What the citizen typed into the letter form, to fill it in again after a refusal. */
    record LetterForm(String type, String subject, String content, String contactName, String contactPhone,
            String contactEmail, String idNumber, Boolean consentToPublish, Boolean anonymous, String captchaId,
            String captchaAnswer) {

        static LetterForm empty() {
            return new LetterForm(null, null, null, null, null, null, null, false, false, null, null);
        }

        /** The same form with the writer's name and e-mail filled in where still empty (from the account). */
        LetterForm from(String name, String email) {
            return new LetterForm(type, subject, content, blankToNull(contactName) == null ? name : contactName,
                    contactPhone, blankToNull(contactEmail) == null ? email : contactEmail, idNumber, consentToPublish,
                    anonymous, captchaId, captchaAnswer);
        }

        public boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        public boolean isConsentToPublish() {
            return Boolean.TRUE.equals(consentToPublish);
        }

        MailboxApi.LetterRequest toRequest(String mailbox) {
            return new MailboxApi.LetterRequest(mailbox, blankToNull(type), subject, content,
                    isAnonymous() ? null : blankToNull(contactName), isAnonymous() ? null : blankToNull(contactPhone),
                    isAnonymous() ? null : blankToNull(contactEmail), isAnonymous() ? null : blankToNull(idNumber),
                    isConsentToPublish(), isAnonymous(), captchaId, captchaAnswer);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static LocalDateTime countyTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, COUNTY_TIME).truncatedTo(ChronoUnit.MINUTES);
    }

    /** One row of the monthly report with its rates as percentages. */
    record ReportRow(String unitName, long received, long answered, long answeredOnTime, String onTimeRate,
            String averageWorkingDays, long satisfied, long basicallySatisfied, long unsatisfied, String satisfactionRate,
            long overdue) {

        static ReportRow of(StatisticsRow row, String unitNameIfMissing) {
            return new ReportRow(row.unitName() == null ? unitNameIfMissing : row.unitName(), row.received(),
                    row.answered(), row.answeredOnTime(), percent(row.onTimeRate()), decimal(row.averageWorkingDays()),
                    row.satisfied(), row.basicallySatisfied(), row.unsatisfied(), percent(row.satisfactionRate()),
                    row.overdue());
        }
    }

    /**
     * A rate as a reader expects it: 97.5 → "97.5%"; none → "—". The mailbox sends percentages
     * (its {@code Figures}), so a small one such as 0.8 is 0.8%, never read as a fraction.
     */
    static String percent(Double rate) {
        if (rate == null || rate.isNaN()) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f%%", rate);
    }

    /**
     * The answering periods of all mailboxes in one sentence's parts, per type in the order the
     * mailbox lists them: "咨询3个工作日", or "咨询2至3个工作日" where mailboxes differ. Empty when
     * no mailbox lists periods (the page then points to the table only).
     */
    static List<String> periodSummary(List<MailboxApi.MailboxItem> mailboxes) {
        Map<String, int[]> ranges = new LinkedHashMap<>();
        for (MailboxApi.MailboxItem box : mailboxes) {
            for (MailboxApi.Period period : box.periods() == null ? List.<MailboxApi.Period>of() : box.periods()) {
                ranges.merge(period.typeLabel(), new int[] { period.workingDays(), period.workingDays() },
                        (a, b) -> new int[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
            }
        }
        return ranges.entrySet().stream().map(e -> e.getKey() + (e.getValue()[0] == e.getValue()[1] ? "" + e.getValue()[0]
                : e.getValue()[0] + "至" + e.getValue()[1]) + "个工作日").toList();
    }

    static String decimal(Double value) {
        return value == null || value.isNaN() ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** "2026-10" → "2026年10月"; anything else as it came. */
    static String monthLabel(String month) {
        if (month != null && month.matches("\\d{4}-\\d{2}")) {
            return month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5)) + "月";
        }
        return month;
    }

    static LocalDate today() {
        return LocalDate.now(COUNTY_TIME);
    }
}
