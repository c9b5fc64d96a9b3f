package io.zhengtong.mailbox;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county-wide answering periods as configured under {@code zhengtong.mailbox.deadlines}: working
 * days per letter type for every mailbox ({@code working-days.consultation: 3}). Types are written
 * as the enum's names in any case ({@code consultation}, {@code CONSULTATION}); a type left out keeps
 * the standard period. (Here and not in {@code deadline}, which stays free of Spring.) Mistakes stop
 * the start with every one of them named: a wrong period found only when a letter is accepted would
 * be found by a citizen.
 *
 * <p>A mailbox's own periods are set by a platform administrator in the OA (信箱管理) and kept in the
 * database (table {@code mailbox_period}), their single source. The former key
 * {@code mailboxes.<code>.<type>} is still bound only to stop the start with a message saying so and
 * which values to set on the screen: silently ignoring it would change a mailbox's period unnoticed.
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
        if (!mailboxes.isEmpty()) {
            mistakes.add(PREFIX + ".mailboxes 已不再使用：各信箱自己的办理时限由平台管理员在办公系统「信箱管理」中设置"
                    + "（保存在数据库，改后对此后收到的来信生效）。请删除该配置，并在「信箱管理」中设置："
                    + mailboxes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(m -> m.getKey() + " " + m.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining("、")))
                        .collect(Collectors.joining("；")));
        }
        DeadlinePolicy result = policy;
        for (var entry : workingDays.entrySet()) {
            String key = PREFIX + ".working-days." + entry.getKey();
            Optional<LetterType> type = type(entry.getKey(), key, mistakes);
            if (type.isPresent() && days(entry.getValue(), key, mistakes)) {
                result = result.withDays(type.get(), entry.getValue());
            }
        }
        if (!mistakes.isEmpty()) {
            throw new IllegalStateException("办理时限配置有误：" + String.join("；", mistakes));
        }
        return result;
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
