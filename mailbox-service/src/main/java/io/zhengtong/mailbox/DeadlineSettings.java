package io.zhengtong.mailbox;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The answering periods as configured under {@code zhengtong.mailbox.deadlines}: working days per
 * letter type for every mailbox ({@code working-days.consultation: 3}), and overrides per mailbox
 * code and type ({@code mailboxes.county-head.consultation: 2}). Types are written as the enum's
 * names in any case ({@code consultation}, {@code CONSULTATION}); a type left out keeps the
 * standard period. (Here and not in {@code deadline}, which stays free of Spring.) Mistakes stop the start with every one of them named: a wrong period found only
 * when a letter is accepted would be found by a citizen.
 */
@ConfigurationProperties("zhengtong.mailbox.deadlines")
public record DeadlineSettings(Map<String, Integer> workingDays, Map<String, Map<String, Integer>> mailboxes) {

    static final String PREFIX = "zhengtong.mailbox.deadlines";

    public DeadlineSettings {
        workingDays = workingDays == null ? Map.of() : workingDays;
        mailboxes = mailboxes == null ? Map.of() : mailboxes;
    }

    /** {@code policy} with these periods; throws with every mistake listed when a type or a period is wrong. */
    public DeadlinePolicy applyTo(DeadlinePolicy policy) {
        List<String> mistakes = new ArrayList<>();
        DeadlinePolicy result = policy;
        for (var entry : workingDays.entrySet()) {
            String key = PREFIX + ".working-days." + entry.getKey();
            Optional<LetterType> type = type(entry.getKey(), key, mistakes);
            if (type.isPresent() && days(entry.getValue(), key, mistakes)) {
                result = result.withDays(type.get(), entry.getValue());
            }
        }
        for (var mailbox : mailboxes.entrySet()) {
            for (var entry : mailbox.getValue().entrySet()) {
                String key = PREFIX + ".mailboxes." + mailbox.getKey() + "." + entry.getKey();
                Optional<LetterType> type = type(entry.getKey(), key, mistakes);
                if (type.isPresent() && days(entry.getValue(), key, mistakes)) {
                    result = result.withDays(mailbox.getKey(), type.get(), entry.getValue());
                }
            }
        }
        if (!mistakes.isEmpty()) {
            throw new IllegalStateException("办理时限配置有误：" + String.join("；", mistakes));
        }
        return result;
    }

    /** The mailbox codes named in overrides that are not among {@code known}, sorted; empty when all exist. */
    public List<String> unknownMailboxes(Collection<String> known) {
        return mailboxes.keySet().stream().filter(code -> !known.contains(code)).sorted().toList();
    }

    private static Optional<LetterType> type(String written, String key, List<String> mistakes) {
        String name = written.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LetterType type : LetterType.values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        mistakes.add(key + " 不是信件类型，可用：" + Arrays.stream(LetterType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT) + "（" + t.label() + "）").collect(Collectors.joining("、")));
        return Optional.empty();
    }

    private static boolean days(Integer days, String key, List<String> mistakes) {
        if (days == null || days < 1 || days > WorkingDayCalendar.MAX_WORKING_DAYS) {
            mistakes.add(key + " 应为1至" + WorkingDayCalendar.MAX_WORKING_DAYS + "个工作日，现为" + days);
            return false;
        }
        return true;
    }
}
