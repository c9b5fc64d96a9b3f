package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineCheck;
import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.MailboxRepository;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's lists (跟踪督察): letters due soon and letters overdue with their cards, soonest
 * (or longest overdue) first. Supervisors see every unit's letters; everyone else only the letters
 * they may open ({@link SupervisionScope}).
 */
@Service
public class SupervisionLists {

    static final Set<LetterStatus> AWAITING_ANSWER = EnumSet.copyOf(
            Arrays.stream(LetterStatus.values()).filter(LetterStatus::isAwaitingAnswer).toList());

    private final SupervisedLetterRepository repository;
    private final Letters letters;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final MailboxRepository mailboxes;

    public SupervisionLists(SupervisedLetterRepository repository, Letters letters, DeadlinePolicy policy,
            WorkingDayCalendar calendar, OrganisationDirectory directory, Clock clock, MailboxRepository mailboxes) {
        this.mailboxes = mailboxes;
        this.repository = repository;
        this.letters = letters;
        this.policy = policy;
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
    }

    public enum View {
        DUE_SOON, OVERDUE;

        public static View parse(String text) {
            return switch (text == null ? "" : text) {
                case "due-soon" -> DUE_SOON;
                case "overdue" -> OVERDUE;
                default -> throw badRequest("supervision-view-unknown", "列表类型有误", "view 应为 due-soon（即将到期）或 overdue（已超期）。");
            };
        }
    }

    /** One line of a supervision list; no personal data. */
    public record SupervisedLetter(String id, String trackingCode, String subject, String type, String typeLabel,
            String mailbox, String mailboxName, String unitCode, String unitName, String status, String statusLabel,
            LocalDate dueDate, int workingDaysLeft, int workingDaysOverdue, String card, String cardLabel,
            String standing, String standingLabel) {
    }

    @Transactional(readOnly = true)
    public PageOf<SupervisedLetter> list(Actor actor, View view, String unit, PageQuery paging) {
        SupervisionScope scope = SupervisionScope.of(actor, this::mailboxesOf);
        String narrowed = SupervisionScope.narrowedTo(actor, unit == null || unit.isBlank() ? null : unit.strip());
        LocalDate today = WorkingDayCalendar.dateOf(clock.instant());
        LocalDate from;
        LocalDate to;
        if (view == View.DUE_SOON) {
            // Due soon: from today up to the last day with at most `dueSoonWithin` working days left.
            from = today;
            to = calendar.addWorkingDays(today, policy.thresholds().dueSoonWithin() + 1).minusDays(1);
        }
        else {
            from = LocalDate.of(1970, 1, 1);
            to = today.minusDays(1);
        }
        Page<String> ids = repository.dueBetween(AWAITING_ANSWER, from, to, scope.everything(), scope.mailboxes(),
                scope.leadUnit(), scope.leader(), narrowed, SupervisionScope.orNone(narrowed == null ? List.of()
                        : mailboxesOf(narrowed)), paging.pageable());
        // One query for the page's letters, in the page's order (was one per line).
        List<SupervisedLetter> lines = letters.all(ids.getContent()).stream()
            .map(stored -> line(stored.letter(), today))
            .toList();
        return PageOf.of(lines, paging, ids.getTotalElements());
    }

    /** The codes of the mailboxes the unit owns. */
    private List<String> mailboxesOf(String unit) {
        return mailboxes.findAllByOrderBySortOrder().stream().filter(m -> m.toMailbox().ownerUnit().equals(unit))
            .map(m -> m.code()).toList();
    }

    /** The unit held responsible for the letter's deadline: the lead unit, or the mailbox's unit while unassigned. */
    static String responsibleUnit(Letter letter) {
        return letter.assignment().map(Assignment::leadUnit).orElse(letter.mailbox().ownerUnit());
    }

    private SupervisedLetter line(Letter l, LocalDate today) {
        DeadlineCheck check = policy.check(l.dueDate().orElseThrow(), today, calendar);
        Card card = check.standing().isOverdue() ? Card.of(check.standing()) : Card.NONE;
        String unit = responsibleUnit(l);
        return new SupervisedLetter(l.id().toString(), l.trackingCode().toString(), l.content().subject(), l.type().name(),
                l.type().label(), l.mailbox().code(), l.mailbox().name(), unit,
                directory.unit(unit).map(Unit::fullName).orElse(unit), l.status().name(), l.status().label(),
                check.due(), check.workingDaysLeft(), check.workingDaysOverdue(), card.name(), card.label(),
                check.standing().name(), check.standing().label());
    }

    static DomainRuleViolation badRequest(String code, String title, String message) {
        return new DomainRuleViolation(HttpStatus.BAD_REQUEST, code, title, message);
    }
}
