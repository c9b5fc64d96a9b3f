package io.zhengtong.mailbox.mailboxes;

import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A mailbox as a platform administrator keeps it: name, owning unit (whose dispatchers handle its
 * letters), place in the list, an introduction for the website, its own answering periods per letter
 * type, and whether it takes new letters. Never deleted: letters reference it. Each change answers
 * what it changed, in Chinese, for the mailbox's history; a change that changes nothing answers nothing.
 */
@Entity(name = "ManagedMailbox")
@Table(name = "mailbox")
public class ManagedMailbox {

    /** Lowercase letters and digits, words joined by single hyphens: {@code county-head}, {@code edu-2}. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_INTRO_LENGTH = 500;
    public static final int MAX_SORT_ORDER = 9999;
    /** A mailbox's own period: up to three months of working days; longer is a typing mistake, not a rule. */
    public static final int MAX_WORKING_DAYS = 60;

    @Id
    private String code;

    private String name;

    @Column(name = "owner_unit")
    private String ownerUnit;

    @Column(name = "sort_order")
    private int sortOrder;

    private String intro;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mailbox_period", joinColumns = @JoinColumn(name = "mailbox_code"))
    @MapKeyColumn(name = "letter_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "working_days")
    private Map<LetterType, Integer> periods = new EnumMap<>(LetterType.class);

    protected ManagedMailbox() {
    }

    /** What an administrator fills in; {@code periods} holds only the types with a period of their own. */
    public record Settings(String name, String ownerUnit, int sortOrder, String intro, Map<LetterType, Integer> periods) {

        public Settings {
            name = Objects.requireNonNull(name, "name").strip();
            ownerUnit = Objects.requireNonNull(ownerUnit, "ownerUnit").strip();
            intro = intro == null || intro.isBlank() ? null : intro.strip();
            periods = ownPeriods(periods);
        }
    }

    /** A new, open mailbox; answers it with the history line of its creation. */
    static ManagedMailbox create(String code, Settings settings) {
        requireCode(code);
        ManagedMailbox mailbox = new ManagedMailbox();
        mailbox.code = code;
        mailbox.apply(settings);
        return mailbox;
    }

    /** The history line of the creation, naming the owner unit with {@code unitName}. */
    String describeCreation(Function<String, String> unitName) {
        List<String> parts = new ArrayList<>();
        parts.add("名称「" + name + "」");
        parts.add("所属单位「" + unitName.apply(ownerUnit) + "」");
        parts.add("排序" + sortOrder);
        if (intro != null) {
            parts.add("网站简介「" + intro + "」");
        }
        parts.add(periods.isEmpty() ? "办理时限按全县统一规定"
                : "办理时限" + String.join("、", periods.entrySet().stream()
                    .map(e -> e.getKey().label() + e.getValue() + "个工作日").toList()) + "，其余类型按全县统一规定");
        return String.join("，", parts);
    }

    /**
     * Takes the new settings; answers what changed (empty: nothing did, the version stays).
     * {@code unitName} names units, {@code countyWide} says a type's county-wide period.
     */
    List<String> change(Settings settings, Function<String, String> unitName, Function<LetterType, Integer> countyWide) {
        List<String> changes = new ArrayList<>();
        if (!name.equals(settings.name())) {
            changes.add("名称由「" + name + "」改为「" + settings.name() + "」");
        }
        if (!ownerUnit.equals(settings.ownerUnit())) {
            changes.add("所属单位由「" + unitName.apply(ownerUnit) + "」改为「" + unitName.apply(settings.ownerUnit())
                    + "」，未办结的来信随之由新单位的分办员处理");
        }
        if (sortOrder != settings.sortOrder()) {
            changes.add("排序由" + sortOrder + "改为" + settings.sortOrder());
        }
        if (!Objects.equals(intro, settings.intro())) {
            changes.add(settings.intro() == null ? "删除了网站简介" : "网站简介改为「" + settings.intro() + "」");
        }
        for (LetterType type : LetterType.values()) {
            Integer before = periods.get(type);
            Integer after = settings.periods().get(type);
            if (!Objects.equals(before, after)) {
                changes.add(type.label() + "办理时限由" + period(before, countyWide.apply(type)) + "改为"
                        + period(after, countyWide.apply(type)) + "（此后收到的来信适用）");
            }
        }
        if (!changes.isEmpty()) {
            apply(settings);
        }
        return changes;
    }

    /** Stops taking new letters; its letters already written are handled as before. */
    void close(Instant at) {
        if (!isOpen()) {
            throw DomainRuleViolation.conflict("mailbox-already-closed", "信箱已停用", "「" + name + "」已经停止接收来信。");
        }
        closedAt = Objects.requireNonNull(at, "at");
    }

    /** Takes new letters again. */
    void reopen() {
        if (isOpen()) {
            throw DomainRuleViolation.conflict("mailbox-not-closed", "信箱未停用", "「" + name + "」正在接收来信，无需启用。");
        }
        closedAt = null;
    }

    /** Refuses a change made on an older reading of the mailbox (409, as for letters). */
    void requireVersion(long expected) {
        if (version() != expected) {
            throw DomainRuleViolation.conflict("mailbox-version-stale", "信箱已被他人修改",
                    "您看到的不是最新内容（版本" + expected + "），请重新加载后再修改。");
        }
    }

    private void apply(Settings settings) {
        requireSettings(settings);
        name = settings.name();
        ownerUnit = settings.ownerUnit();
        sortOrder = settings.sortOrder();
        intro = settings.intro();
        periods.clear();
        periods.putAll(settings.periods());
    }

    private static String period(Integer days, int countyWide) {
        return days == null ? "全县统一的" + countyWide + "个工作日" : days + "个工作日";
    }

    /** Without the types left to the county-wide period ({@code null}); an {@link EnumMap}, so in the types' order. */
    static Map<LetterType, Integer> ownPeriods(Map<LetterType, Integer> periods) {
        Map<LetterType, Integer> own = new EnumMap<>(LetterType.class);
        if (periods != null) {
            periods.forEach((type, days) -> {
                if (type != null && days != null) {
                    own.put(type, days);
                }
            });
        }
        return own;
    }

    static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw invalid("code", "请填写信箱代码");
        }
        if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            throw invalid("code", "信箱代码只能由小写字母、数字和连字符组成，以字母或数字开头和结尾，不超过" + MAX_CODE_LENGTH + "个字符");
        }
    }

    /** The rules the web form's validation states too, kept here so no other way in can break them. */
    static void requireSettings(Settings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.name().isEmpty() || settings.name().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "请填写信箱名称，不超过" + MAX_NAME_LENGTH + "个字"));
        }
        if (settings.ownerUnit().isEmpty()) {
            errors.add(new FieldError("ownerUnit", "请选择所属单位"));
        }
        if (settings.sortOrder() < 0 || settings.sortOrder() > MAX_SORT_ORDER) {
            errors.add(new FieldError("sortOrder", "排序应为0至" + MAX_SORT_ORDER + "的整数"));
        }
        if (settings.intro() != null && settings.intro().length() > MAX_INTRO_LENGTH) {
            errors.add(new FieldError("intro", "网站简介不能超过" + MAX_INTRO_LENGTH + "个字"));
        }
        settings.periods().forEach((type, days) -> {
            if (days < 1 || days > MAX_WORKING_DAYS) {
                errors.add(new FieldError("workingDays." + type.name(),
                        type.label() + "的办理时限应为1至" + MAX_WORKING_DAYS + "个工作日"));
            }
        });
        if (!errors.isEmpty()) {
            throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "validation", "提交的内容有误",
                    "提交的内容有误，请按提示修改后重试。", errors);
        }
    }

    private static DomainRuleViolation invalid(String field, String message) {
        return new DomainRuleViolation(HttpStatus.BAD_REQUEST, "validation", "提交的内容有误", message,
                List.of(new FieldError(field, message)));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public Optional<String> intro() {
        return Optional.ofNullable(intro);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** {@code 0} before the first save. */
    public long version() {
        return version == null ? 0 : version;
    }

    /** The types with a period of their own. */
    public Map<LetterType, Integer> periods() {
        return ownPeriods(periods);
    }
}
