package io.zhengtong.mailbox.mailboxes;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.UnitNames;
import io.zhengtong.mailbox.mailboxes.MailboxChange.Action;
import io.zhengtong.mailbox.mailboxes.ManagedMailbox.Settings;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信箱管理: a platform administrator creates a department's mailbox, renames it, gives it to another
 * unit, orders the list, sets its own answering periods, closes it to new letters and reopens it.
 * Dispatchers and supervisors may read the list (closed mailboxes included). Every change is one
 * transaction with its history line: nothing is half-saved.
 */
@Service
public class ManagingMailboxes {

    static final String ADMIN_ROLE = "platform-admin";
    private static final List<String> READER_ROLES = List.of(ADMIN_ROLE, "dispatcher", "supervisor");

    private final ManagedMailboxes mailboxes;
    private final MailboxChanges changes;
    private final OrganisationDirectory directory;
    private final UnitNames unitNames;
    private final DeadlinePolicy policy;
    private final Clock clock;
    private final EntityManager entities;
    private final UnitMembers members;
    private final StoredMailboxPeriods periods;

    ManagingMailboxes(ManagedMailboxes mailboxes, MailboxChanges changes, OrganisationDirectory directory,
            UnitMembers members, UnitNames unitNames, DeadlinePolicy policy, Clock clock, EntityManager entities,
            StoredMailboxPeriods periods) {
        this.periods = periods;
        this.entities = entities;
        this.members = members;
        this.mailboxes = mailboxes;
        this.changes = changes;
        this.directory = directory;
        this.unitNames = unitNames;
        this.policy = policy;
        this.clock = clock;
    }

    /** One letter type's period for a mailbox: its own, or the county-wide one ({@code own} false). */
    public record PeriodView(String type, String typeLabel, int workingDays, int countyWideDays, boolean own) {
    }

    /**
     * {@code dispatchers}: the owner unit's 信箱分办员, who receive the letters (empty: nobody would;
     * {@code null}: the directory could not be read just now).
     */
    public record MailboxView(String code, String name, String ownerUnit, String ownerUnitName, int sortOrder,
            String intro, boolean open, Instant closedAt, long version, List<PeriodView> periods,
            List<Dispatcher> dispatchers) {
    }

    public record Dispatcher(String username, String name) {
    }

    /** The county-wide periods (application.yml) and every mailbox, open or closed, in list order. */
    public record MailboxOverview(List<PeriodView> countyWide, List<MailboxView> mailboxes) {
    }

    public record ChangeView(Instant at, String username, String name, String action, String actionLabel,
            String changes) {
    }

    /** A mailbox with its history, newest first. */
    public record MailboxDetail(MailboxView mailbox, List<ChangeView> history) {
    }

    @Transactional(readOnly = true)
    public MailboxOverview overview(CurrentUser user) {
        requireReader(user);
        List<PeriodView> countyWide = Arrays.stream(LetterType.values())
            .map(t -> new PeriodView(t.name(), t.label(), policy.countyWideDays(t), policy.countyWideDays(t), false))
            .toList();
        Map<String, List<Dispatcher>> dispatchers = new HashMap<>();
        return new MailboxOverview(countyWide, mailboxes.findAllByOrderBySortOrderAscCodeAsc().stream()
            .map(m -> view(m, dispatchers)).toList());
    }

    @Transactional(readOnly = true)
    public MailboxDetail detail(CurrentUser user, String code) {
        requireReader(user);
        return detail(find(code));
    }

    @Transactional
    public MailboxDetail create(CurrentUser user, String code, Settings settings) {
        requireAdmin(user);
        ManagedMailbox.requireCode(code);
        ManagedMailbox.requireSettings(settings);
        if (mailboxes.existsById(code)) {
            throw taken("mailbox-code-taken", "code", "信箱代码「" + code + "」已被使用，请换一个");
        }
        requireFreeName(settings.name(), code);
        requireKnownUnit(settings.ownerUnit());
        ManagedMailbox mailbox = saved(ManagedMailbox.create(code, settings));
        record(mailbox, user, Action.CREATE, mailbox.describeCreation(unitNames::nameOf));
        return detail(mailbox);
    }

    @Transactional
    public MailboxDetail change(CurrentUser user, String code, long version, Settings settings) {
        requireAdmin(user);
        ManagedMailbox mailbox = find(code);
        mailbox.requireVersion(version);
        ManagedMailbox.requireSettings(settings);
        requireFreeName(settings.name(), code);
        if (!mailbox.ownerUnit().equals(settings.ownerUnit())) {
            requireKnownUnit(settings.ownerUnit());
        }
        List<String> changed = mailbox.change(settings, unitNames::nameOf, policy::countyWideDays);
        if (!changed.isEmpty()) {
            saved(mailbox);
            record(mailbox, user, Action.EDIT, String.join("；", changed));
        }
        return detail(mailbox);
    }

    @Transactional
    public MailboxDetail close(CurrentUser user, String code, long version) {
        Instant at = clock.instant();
        return step(user, code, version, mailbox -> mailbox.close(at), Action.CLOSE, "停止接收新来信；已收到的来信照常办理");
    }

    @Transactional
    public MailboxDetail reopen(CurrentUser user, String code, long version) {
        return step(user, code, version, ManagedMailbox::reopen, Action.REOPEN, "恢复接收来信");
    }

    /** Closing or reopening: the administrator's, on the version they read, with its history line. */
    private MailboxDetail step(CurrentUser user, String code, long version, Consumer<ManagedMailbox> transition, Action action,
            String text) {
        requireAdmin(user);
        ManagedMailbox mailbox = find(code);
        mailbox.requireVersion(version);
        transition.accept(mailbox);
        saved(mailbox);
        record(mailbox, user, action, text);
        return detail(mailbox);
    }

    /** Written now, so the answer carries the new version, and a code or name taken meanwhile is a 409, not a 500. */
    private ManagedMailbox saved(ManagedMailbox mailbox) {
        periods.forget(mailbox.code());
        try {
            // The managed instance: a new mailbox (with its code already set) is merged, not persisted.
            return mailboxes.saveAndFlush(mailbox);
        }
        catch (DataIntegrityViolationException raced) {
            throw DomainRuleViolation.conflict("mailbox-name-taken", "名称或代码已被使用",
                    "信箱代码「" + mailbox.code() + "」或名称「" + mailbox.name() + "」刚被他人使用，请重新加载后换一个。");
        }
    }

    /**
     * The history line; then everything is written and read back, so the answer's version is the
     * stored one the next change must send (merging a new mailbox with periods raises the version
     * once more in the database).
     */
    private void record(ManagedMailbox mailbox, CurrentUser user, Action action, String text) {
        changes.save(new MailboxChange(mailbox.code(), clock.instant(), user.username(), user.name(), action, text));
        mailboxes.flush();
        entities.refresh(mailbox);
    }

    private MailboxDetail detail(ManagedMailbox mailbox) {
        List<ChangeView> history = changes.findByMailboxCodeOrderByIdDesc(mailbox.code()).stream()
            .map(c -> new ChangeView(c.at(), c.username(), c.name(), c.action().name(), c.action().label(), c.changes()))
            .toList();
        return new MailboxDetail(view(mailbox, new HashMap<>()), history);
    }

    /** {@code dispatchers} remembers each unit's, so a list asks the directory once per unit. */
    private MailboxView view(ManagedMailbox m, Map<String, List<Dispatcher>> dispatchers) {
        var own = m.periods();
        List<PeriodView> periods = policy.periodsWith(own).entrySet().stream()
            .map(e -> new PeriodView(e.getKey().name(), e.getKey().label(), e.getValue(), policy.countyWideDays(e.getKey()),
                    own.containsKey(e.getKey())))
            .toList();
        return new MailboxView(m.code(), m.name(), m.ownerUnit(), unitNames.nameOf(m.ownerUnit()), m.sortOrder(),
                m.intro().orElse(null), m.isOpen(), m.closedAt().orElse(null), m.version(), periods,
                dispatchers.computeIfAbsent(m.ownerUnit(), this::dispatchersOf));
    }

    /** The unit's dispatchers, or {@code null} while the directory is unavailable (the list still shows). */
    private List<Dispatcher> dispatchersOf(String unit) {
        try {
            return members.members(unit, "dispatcher").stream().map(p -> new Dispatcher(p.username(), p.name())).toList();
        }
        catch (DomainRuleViolation unavailable) {
            return null;
        }
    }

    private ManagedMailbox find(String code) {
        return mailboxes.findById(code)
            .orElseThrow(() -> DomainRuleViolation.notFound("mailbox-not-found", "没有代码为「" + code + "」的信箱。"));
    }

    private void requireFreeName(String name, String code) {
        if (mailboxes.existsByNameAndCodeNot(name, code)) {
            throw taken("mailbox-name-taken", "name", "已有名为「" + name + "」的信箱，请换一个名称");
        }
    }

    /** A unit of the directory, not the county itself (which handles no letter). */
    private void requireKnownUnit(String unit) {
        if (directory.units().isEmpty()) {
            throw new DomainRuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable", "单位目录暂时无法读取",
                    "暂时无法核对所属单位，请稍后再试。");
        }
        if (directory.unit(unit).filter(u -> u.parentCode() != null).isEmpty()) {
            String message = "单位目录中没有单位「" + unit + "」，请从列表中选择";
            throw new DomainRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "mailbox-unit-unknown", "所属单位不存在", message,
                    List.of(new FieldError("ownerUnit", message)));
        }
    }

    private static DomainRuleViolation taken(String code, String field, String message) {
        return new DomainRuleViolation(HttpStatus.CONFLICT, code, "名称或代码已被使用", message,
                List.of(new FieldError(field, message)));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(ADMIN_ROLE)) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "mailbox-admin-only", "无权管理信箱",
                    "只有平台管理员可以新建、修改、停用或启用信箱。");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (READER_ROLES.stream().noneMatch(user::hasRole)) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "mailbox-admin-only", "无权查看信箱管理",
                    "信箱管理只对平台管理员、信箱分办员和督查员开放。");
        }
    }
}
