package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.LetterStatus.ACCEPTED;
import static io.zhengtong.mailbox.letter.LetterStatus.ANSWERED;
import static io.zhengtong.mailbox.letter.LetterStatus.ASSIGNED;
import static io.zhengtong.mailbox.letter.LetterStatus.CLOSED;
import static io.zhengtong.mailbox.letter.LetterStatus.FORWARDED_TO_LEADER;
import static io.zhengtong.mailbox.letter.LetterStatus.IN_PROGRESS;
import static io.zhengtong.mailbox.letter.LetterStatus.MERGED;
import static io.zhengtong.mailbox.letter.LetterStatus.REJECTED_INVALID;
import static io.zhengtong.mailbox.letter.LetterStatus.REPLY_IN_REVIEW;
import static io.zhengtong.mailbox.letter.LetterStatus.RETURNED;
import static io.zhengtong.mailbox.letter.LetterStatus.SUBMITTED;

import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.Deadline;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A citizen's letter and its explicit state machine through the five-step handling. One method per
 * transition; each checks, in this order, the state (409), the role (403), the unit or person
 * (403) and the input (422), then changes the letter, appends a {@link HistoryEntry} and records a
 * {@link LetterEvent}. A refused transition changes nothing. The README's table is the contract.
 *
 * <p>Plain Java: the calendar and the already computed deadline come in as arguments, time comes in
 * as an {@link Instant}; persistence and publishing are the use cases' business.
 */
public final class Letter {

    /** The most working days one extension may ask for; more is a new letter, not an extension. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 30;

    private final LetterId id;
    private final LetterContent content;
    private final TrackingCode trackingCode;
    private final String queryPasswordHash;
    private final Instant submittedAt;
    private final String submittedBy;

    private LetterType type;
    private LetterStatus status = SUBMITTED;
    private String rejectionReason;
    private LetterId mergedInto;
    private final List<LetterId> duplicates = new ArrayList<>();

    private String designatedLeader;
    private String designatedLeaderName;
    private String instruction;
    private Assignment assignment;

    // The deadline is kept as its basis (start, N, extensions) so it can be recomputed on a new calendar.
    private LocalDate periodStart;
    private int workingDays;
    private int extensionDays;
    private LocalDate dueDate;
    private ExtensionRequest pendingExtension;

    private String replyText;
    private String replyDraftedBy;
    private Instant answeredAt;
    private Rating rating;
    private Rating ratingBeforeReopen;
    private String reopenReason;
    private boolean reopened;
    private Instant closedAt;

    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<LetterEvent> events = new ArrayList<>();

    // Not state: how the text written from now on names units (history remarks, refusals).
    private UnitNames unitNames = UnitNames.CODES;

    private Letter(LetterId id, LetterContent content, TrackingCode trackingCode, String queryPasswordHash,
            Instant submittedAt, String submittedBy) {
        this.id = id;
        this.content = content;
        this.type = content.type();
        this.trackingCode = trackingCode;
        this.queryPasswordHash = queryPasswordHash;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    // ------------------------------------------------------------------ citizens write

    /**
     * A citizen (logged in or anonymous) writes a letter. → {@code SUBMITTED}, LetterSubmitted.
     * The due date is fixed now, for the type the citizen chose: the period counts from the day of
     * receipt, so it is known before any dispatcher opens the letter.
     * A closed mailbox takes no new letter (422 {@code mailbox-closed}).
     *
     * @param queryPasswordHash the keyed hash of the query password, never the password
     * @param deadline the deadline policy's deadline for the chosen type, counted from the day of {@code at}
     */
    public static Letter submit(LetterId id, LetterContent content, TrackingCode trackingCode,
            String queryPasswordHash, Actor writer, Instant at, Deadline deadline) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(queryPasswordHash, "queryPasswordHash");
        Objects.requireNonNull(at, "at");
        content.mailbox().requireOpenForNewLetters();
        if (isBlank(content.subject())) {
            throw LetterViolations.required("letter-subject-required", "信件标题");
        }
        if (isBlank(content.body())) {
            throw LetterViolations.required("letter-body-required", "信件内容");
        }
        Letter letter = new Letter(id, content, trackingCode, queryPasswordHash, at, writer.username());
        letter.fixDeadline(deadline);
        letter.record(writer, Role.CITIZEN, at, LetterAction.SUBMIT, null);
        letter.event("LetterSubmitted", at);
        return letter;
    }

    // ------------------------------------------------------------------ 专人送阅: the dispatcher

    /**
     * The dispatcher accepts the letter, confirming (or correcting) its type; the deadline policy's
     * deadline for the confirmed type, counted from the same day of receipt as at submission,
     * replaces the one fixed then (it moves only when the type's period differs). → {@code ACCEPTED}.
     */
    public LetterEvent accept(Actor by, Instant at, LetterType confirmedType, Deadline deadline) {
        Role role = admit(LetterAction.ACCEPT, by, at);
        Objects.requireNonNull(confirmedType, "confirmedType");
        LocalDate before = dueDate;
        fixDeadline(deadline);
        List<String> changes = new ArrayList<>();
        if (confirmedType != type) {
            changes.add("信件类型由「" + type.label() + "」改为「" + confirmedType.label() + "」");
        }
        if (before != null && !before.equals(dueDate)) {
            changes.add("截止日期由" + before + "改为" + dueDate);
        }
        type = confirmedType;
        return transition(by, role, at, LetterAction.ACCEPT, ACCEPTED, changes.isEmpty() ? null : String.join("，", changes),
                "LetterAccepted");
    }

    /**
     * Fixes the due date on a deadline counted from this letter's day of receipt: at submission,
     * at acceptance, and once for a letter submitted before due dates were fixed at submission.
     */
    private void fixDeadline(Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (!deadline.received().equals(receivedOn())) {
            throw LetterViolations.unprocessable("letter-deadline-mismatch", "截止日期计算有误",
                    "截止日期应自收信日" + receivedOn() + "起算，而不是" + deadline.received() + "。");
        }
        periodStart = deadline.received();
        workingDays = deadline.workingDays();
        extensionDays = 0;
        dueDate = deadline.due();
    }

    /** A letter that will not be handled (refused, merged) has no deadline: nobody answers for it. */
    private void dropDeadline() {
        periodStart = null;
        workingDays = 0;
        extensionDays = 0;
        dueDate = null;
    }

    /** The dispatcher refuses the letter as invalid; the citizen sees the reason. → {@code REJECTED_INVALID}. */
    public LetterEvent rejectAsInvalid(Actor by, Instant at, String reason) {
        Role role = admit(LetterAction.REJECT_INVALID, by, at);
        requireText(reason, "letter-reason-required", "不予受理的理由");
        rejectionReason = reason.strip();
        dropDeadline();
        return transition(by, role, at, LetterAction.REJECT_INVALID, REJECTED_INVALID, rejectionReason, "LetterRejected");
    }

    /**
     * The dispatcher merges this new letter into {@code original} as a duplicate: this one ends
     * ({@code MERGED}) and points to the original, whose history notes the duplicate.
     */
    public LetterEvent mergeInto(Letter original, Actor by, Instant at, String remark) {
        Role role = admit(LetterAction.MERGE, by, at);
        if (original == this || original.id.equals(id)) {
            throw LetterViolations.unprocessable("letter-merge-into-itself", "不能合并", "信件不能合并到它自己。");
        }
        if (original.status == MERGED || original.status == REJECTED_INVALID) {
            throw LetterViolations.conflict("letter-merge-target-ended",
                    "原信件状态为「" + original.status.label() + "」，不能作为合并目标，请选择正在办理或已答复的信件。");
        }
        if (!by.belongsTo(original.mailbox().ownerUnit())) {
            throw LetterViolations.wrongUnit(LetterAction.MERGE, "原信件属于「" + original.mailbox().name() + "」，您不是该信箱的分办员。");
        }
        mergedInto = original.id;
        dropDeadline();
        original.duplicates.add(id);
        original.record(by, role, at, LetterAction.ABSORB_DUPLICATE,
                "并入重复来信 " + trackingCode + (isBlank(remark) ? "" : "：" + remark.strip()));
        String note = "合并到 " + original.trackingCode + (isBlank(remark) ? "" : "：" + remark.strip());
        return transition(by, role, at, LetterAction.MERGE, MERGED, note, "LetterMerged");
    }

    /** The dispatcher forwards the letter to a named leader for instruction (批办). → {@code FORWARDED_TO_LEADER}. */
    public LetterEvent forwardToLeader(Actor by, Instant at, String leaderUsername, String leaderName, String remark) {
        Role role = admit(LetterAction.FORWARD_TO_LEADER, by, at);
        requireText(leaderUsername, "letter-leader-required", "批办领导");
        designatedLeader = leaderUsername;
        designatedLeaderName = leaderName;
        assignment = null;
        String note = "呈送" + (leaderName == null ? leaderUsername : leaderName) + "批办"
                + (isBlank(remark) ? "" : "：" + remark.strip());
        return transition(by, role, at, LetterAction.FORWARD_TO_LEADER, FORWARDED_TO_LEADER, note, "LetterForwardedToLeader");
    }

    /** The dispatcher assigns the letter directly to a lead department (and assisting ones). → {@code ASSIGNED}. */
    public LetterEvent assign(Actor by, Instant at, Assignment to, String remark) {
        Role role = admit(LetterAction.ASSIGN, by, at);
        Objects.requireNonNull(to, "to");
        assignment = to;
        return transition(by, role, at, LetterAction.ASSIGN, ASSIGNED, describe(to) + (isBlank(remark) ? "" : "；" + remark.strip()),
                "LetterAssigned");
    }

    /**
     * The dispatcher or a supervisor takes the letter back from the leader it waits for (撤回/改派):
     * a mistyped account, a leader on leave. It leaves the leader's queue and is accepted again, to
     * be forwarded to another leader or assigned. → {@code ACCEPTED}.
     */
    public LetterEvent withdrawFromLeader(Actor by, Instant at, String reason) {
        Role role = admit(LetterAction.WITHDRAW_FROM_LEADER, by, at);
        requireText(reason, "letter-reason-required", "撤回理由");
        String from = designatedLeaderName == null ? designatedLeader : designatedLeaderName;
        LetterEvent.LeaderWithdrawal withdrawal = new LetterEvent.LeaderWithdrawal(designatedLeader, designatedLeaderName,
                reason.strip());
        designatedLeader = null;
        designatedLeaderName = null;
        // The letter forgets its leader here: the event keeps whom it was taken back from.
        return transition(by, role, at, LetterAction.WITHDRAW_FROM_LEADER, ACCEPTED,
                "撤回呈送" + from + "的批办：" + reason.strip(), "LetterWithdrawnFromLeader", withdrawal);
    }

    // ------------------------------------------------------------------ 领导批办: the leader

    /**
     * The leader the letter was forwarded to writes the instruction and picks the lead and assisting
     * departments. → {@code ASSIGNED}, LetterInstructed.
     */
    public LetterEvent instruct(Actor by, Instant at, Assignment to, String instructionText) {
        Role role = admit(LetterAction.INSTRUCT, by, at);
        requireText(instructionText, "letter-instruction-required", "批示意见");
        Objects.requireNonNull(to, "to");
        instruction = instructionText.strip();
        assignment = to;
        return transition(by, role, at, LetterAction.INSTRUCT, ASSIGNED, instruction + "（" + describe(to) + "）",
                "LetterInstructed");
    }

    // ------------------------------------------------------------------ 部门承办: the lead department

    /** Staff or the leader of the lead department sign for the letter (签收). → {@code IN_PROGRESS}. */
    public LetterEvent signFor(Actor by, Instant at) {
        Role role = admit(LetterAction.SIGN_FOR, by, at);
        return transition(by, role, at, LetterAction.SIGN_FOR, IN_PROGRESS, null, "LetterSignedFor");
    }

    /**
     * The lead department returns a letter that is not theirs to handle, with a reason; it goes back
     * to the dispatcher (退回). → {@code RETURNED}; an open extension request lapses.
     */
    public LetterEvent returnToDispatcher(Actor by, Instant at, String reason) {
        Role role = admit(LetterAction.RETURN, by, at);
        requireText(reason, "letter-reason-required", "退回理由");
        String from = assignment.leadUnit();
        assignment = null;
        designatedLeader = null;
        designatedLeaderName = null;
        pendingExtension = null;
        return transition(by, role, at, LetterAction.RETURN, RETURNED, unitNames.nameOf(from) + "退回：" + reason.strip(), "LetterReturned");
    }

    /**
     * The lead department asks for more working days, with a reason, no later than the due date
     * itself. One request at a time; the state does not change.
     */
    public LetterEvent requestExtension(Actor by, Instant at, int days, String reason) {
        Role role = admit(LetterAction.REQUEST_EXTENSION, by, at);
        if (days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
            throw LetterViolations.unprocessable("letter-extension-days", "延期天数有误",
                    "延期天数应为1至" + MAX_EXTENSION_WORKING_DAYS + "个工作日。");
        }
        requireText(reason, "letter-reason-required", "延期理由");
        pendingExtension = new ExtensionRequest(days, reason.strip(), by.username(), by.unitCode(), at);
        return transition(by, role, at, LetterAction.REQUEST_EXTENSION, status, "申请延期" + days + "个工作日：" + reason.strip(),
                "LetterExtensionRequested");
    }

    /**
     * The dispatcher or a supervisor grants the open request, possibly for fewer days; the due date
     * moves by that many working days on the calendar.
     */
    public LetterEvent grantExtension(Actor by, Instant at, int days, String remark, WorkingDayCalendar calendar) {
        Role role = admit(LetterAction.GRANT_EXTENSION, by, at);
        ExtensionRequest request = pendingExtension;
        if (days < 1 || days > request.workingDays()) {
            throw LetterViolations.unprocessable("letter-extension-days", "延期天数有误",
                    "同意的延期天数应为1至" + request.workingDays() + "个工作日（申请的天数）。");
        }
        LocalDate before = dueDate;
        extensionDays += days;
        dueDate = calendar.addWorkingDays(dueDate, days);
        pendingExtension = null;
        return transition(by, role, at, LetterAction.GRANT_EXTENSION, status,
                "延期" + days + "个工作日，截止日期由" + before + "改为" + dueDate + (isBlank(remark) ? "" : "：" + remark.strip()),
                "LetterExtensionGranted");
    }

    /** The dispatcher or a supervisor refuses the open request with a reason; the due date stays. */
    public LetterEvent refuseExtension(Actor by, Instant at, String reason) {
        Role role = admit(LetterAction.REFUSE_EXTENSION, by, at);
        requireText(reason, "letter-reason-required", "不同意延期的理由");
        pendingExtension = null;
        return transition(by, role, at, LetterAction.REFUSE_EXTENSION, status, reason.strip(), "LetterExtensionRefused");
    }

    /** The lead department submits its draft reply for review. → {@code REPLY_IN_REVIEW}. */
    public LetterEvent submitReply(Actor by, Instant at, String text) {
        Role role = admit(LetterAction.SUBMIT_REPLY, by, at);
        requireText(text, "letter-reply-required", "答复内容");
        replyText = text.strip();
        replyDraftedBy = by.username();
        pendingExtension = null;
        return transition(by, role, at, LetterAction.SUBMIT_REPLY, REPLY_IN_REVIEW, null, "LetterReplySubmitted");
    }

    // ------------------------------------------------------------------ 协办: an assisting unit

    /**
     * Staff or the leader of an assisting unit (协办单位) write down its opinion for the lead unit's
     * drafter while the lead unit handles the letter ({@code IN_PROGRESS}: also after a reply was sent
     * back or the letter reopened, never once a reply waits for review). A unit may write again until
     * then: its latest opinion is the one shown ({@link #assistingOpinions()}), the history keeps
     * every one. The state does not change.
     */
    public LetterEvent recordAssistingOpinion(Actor by, Instant at, String text) {
        Role role = admit(LetterAction.ASSISTING_OPINION, by, at);
        requireText(text, "letter-assisting-opinion-required", "协办意见");
        return transition(by, role, at, LetterAction.ASSISTING_OPINION, status, text.strip(),
                "LetterAssistingOpinionRecorded");
    }

    // ------------------------------------------------------------------ review: the unit's leader or the dispatcher

    /**
     * The lead unit's leader or the mailbox's dispatcher approves the reply; the citizen sees it now.
     * The reviewer must not be the one who drafted it. → {@code ANSWERED}, LetterReplied.
     */
    public LetterEvent approveReply(Actor by, Instant at, String remark) {
        Role role = admit(LetterAction.APPROVE_REPLY, by, at);
        answeredAt = at;
        rating = null;
        return transition(by, role, at, LetterAction.APPROVE_REPLY, ANSWERED, blankToNull(remark), "LetterReplied");
    }

    /** The reviewer sends the reply back to the department with a remark. → {@code IN_PROGRESS}. */
    public LetterEvent sendBackReply(Actor by, Instant at, String remark) {
        Role role = admit(LetterAction.SEND_BACK_REPLY, by, at);
        requireText(remark, "letter-remark-required", "修改意见");
        return transition(by, role, at, LetterAction.SEND_BACK_REPLY, IN_PROGRESS, remark.strip(), "LetterReplySentBack");
    }

    // ------------------------------------------------------------------ the citizen after the answer

    /**
     * The citizen rates the reply, once per reply. Satisfied or basically satisfied closes the
     * letter; unsatisfied keeps it answered so the citizen may ask once to reopen it.
     */
    public LetterEvent rate(Actor by, Instant at, Rating given, String remark) {
        Role role = admit(LetterAction.RATE, by, at);
        Objects.requireNonNull(given, "rating");
        rating = given;
        LetterStatus next = given == Rating.UNSATISFIED ? ANSWERED : CLOSED;
        if (next == CLOSED) {
            closedAt = at;
        }
        return transition(by, role, at, LetterAction.RATE, next,
                given.label() + (isBlank(remark) ? "" : "：" + remark.strip()), "LetterRated");
    }

    /**
     * A citizen unsatisfied with the reply asks, once, for the letter to be handled again. It goes
     * back to the same lead department (no new signing), with a fresh period of the same working
     * days counted from today. → {@code IN_PROGRESS}, LetterReopened.
     */
    public LetterEvent reopen(Actor by, Instant at, String reason, WorkingDayCalendar calendar) {
        Role role = admit(LetterAction.REOPEN, by, at);
        requireText(reason, "letter-reason-required", "重新办理的理由");
        reopened = true;
        reopenReason = reason.strip();
        ratingBeforeReopen = rating;
        rating = null;
        periodStart = WorkingDayCalendar.dateOf(at);
        extensionDays = 0;
        dueDate = calendar.addWorkingDays(periodStart, workingDays);
        return transition(by, role, at, LetterAction.REOPEN, IN_PROGRESS, reopenReason, "LetterReopened");
    }

    /**
     * The dispatcher or a supervisor closes an answered letter that the citizen left unrated or
     * rated unsatisfied without (or after) reopening. → {@code CLOSED}.
     */
    public LetterEvent close(Actor by, Instant at, String remark) {
        Role role = admit(LetterAction.CLOSE, by, at);
        closedAt = at;
        return transition(by, role, at, LetterAction.CLOSE, CLOSED, blankToNull(remark), "LetterClosed");
    }

    // ------------------------------------------------------------------ calendar changes

    /**
     * Recomputes the due date of a letter awaiting its answer from its basis on a (new) calendar.
     * Returns whether it moved; a move is written to the history as the system's act.
     */
    public boolean recomputeDueDate(WorkingDayCalendar calendar, Instant at) {
        if (dueDate == null || !status.isAwaitingAnswer()) {
            return false;
        }
        LocalDate recomputed = calendar.addWorkingDays(periodStart, workingDays + extensionDays);
        if (recomputed.equals(dueDate)) {
            return false;
        }
        String remark = "节假日安排调整，截止日期由" + dueDate + "改为" + recomputed;
        dueDate = recomputed;
        history.add(new HistoryEntry(at, null, null, null, null, LetterAction.RECOMPUTE_DEADLINE, status, remark));
        event("LetterDeadlineRecomputed", at);
        return true;
    }

    /**
     * Fixes the due date of a letter still waiting for a dispatcher that was submitted before due
     * dates were fixed at submission: the deadline of its current type from its day of receipt, as
     * {@link #submit} would have fixed it, written to the history as the system's act. Returns
     * whether anything changed (a letter with a due date, or no longer new, is left alone).
     */
    public boolean fixMissingDeadline(Deadline deadline, Instant at) {
        if (status != SUBMITTED || dueDate != null) {
            return false;
        }
        fixDeadline(deadline);
        history.add(new HistoryEntry(at, null, null, null, null, LetterAction.RECOMPUTE_DEADLINE, status,
                "按收信日补记截止日期：" + dueDate));
        return true;
    }

    // ------------------------------------------------------------------ supervision

    /**
     * Notes the system's automatic reminder that the letter is overdue (超期自动提醒) in its history,
     * e.g. "超期3个工作日（红牌督办）"; the state does not change. The supervision job decides when
     * (and publishes the overdue event with the card); only a letter awaiting its answer is overdue.
     */
    public void noteOverdueReminder(Instant at, String remark) {
        if (dueDate == null || !status.isAwaitingAnswer()) {
            throw LetterViolations.wrongState(LetterAction.OVERDUE_REMINDER, status);
        }
        history.add(new HistoryEntry(at, null, null, null, null, LetterAction.OVERDUE_REMINDER, status, remark));
    }

    // ------------------------------------------------------------------ who may see it

    /**
     * Whether the actor may read the letter: the mailbox's dispatchers, the leader it was
     * forwarded to, the lead and assisting units, supervisors, and the citizen holding its code.
     * A clerk of any other unit may not.
     */
    public boolean isVisibleTo(Actor actor) {
        if (actor.has(Role.SUPERVISOR)) {
            return true;
        }
        if (actor.has(Role.CITIZEN) && trackingCode.equals(actor.trackingCode())) {
            return true;
        }
        if (actor.has(Role.DISPATCHER) && actor.belongsTo(mailbox().ownerUnit())) {
            return true;
        }
        if (designatedLeader != null && actor.has(Role.LEADER) && designatedLeader.equals(actor.username())) {
            return true;
        }
        return assignment != null && actor.unitCode() != null && (actor.has(Role.STAFF) || actor.has(Role.LEADER))
                && (actor.belongsTo(assignment.leadUnit()) || assignment.assistingUnits().contains(actor.unitCode()));
    }

    // ------------------------------------------------------------------ guards

    /**
     * The staff steps, in the order the OA shows their buttons: what {@link #allowedActions} offers.
     * Citizens' steps (rate, reopen) and the system's (recompute, reminders) are not among them.
     */
    public static final List<LetterAction> STAFF_STEPS = List.of(LetterAction.ACCEPT, LetterAction.REJECT_INVALID,
            LetterAction.MERGE, LetterAction.FORWARD_TO_LEADER, LetterAction.ASSIGN, LetterAction.INSTRUCT,
            LetterAction.WITHDRAW_FROM_LEADER,
            LetterAction.SIGN_FOR, LetterAction.SUBMIT_REPLY, LetterAction.REQUEST_EXTENSION, LetterAction.RETURN,
            LetterAction.APPROVE_REPLY, LetterAction.SEND_BACK_REPLY, LetterAction.GRANT_EXTENSION,
            LetterAction.REFUSE_EXTENSION, LetterAction.CLOSE, LetterAction.ASSISTING_OPINION);

    /**
     * The staff steps {@code by} may take now, in {@link #STAFF_STEPS} order: those whose state,
     * role, unit or person and preconditions the transition itself would accept ({@link #rule}).
     * Only the step's input (reason, units, days …) remains to be checked when it is taken.
     */
    public List<LetterAction> allowedActions(Actor by, Instant at) {
        return STAFF_STEPS.stream().filter(action -> verdict(action, by, at).refusal() == null).toList();
    }

    /**
     * Refuses, as the step itself would (409 state, 403 role or unit, 409 precondition), unless
     * {@code by} may take {@code action} now: for a use case that must look something up (in the
     * directory, say) before the step, so a step refused anyway is not held up by the lookup.
     */
    public void requireAllowed(LetterAction action, Actor by, Instant at) {
        admit(action, by, at);
    }

    /**
     * Who may take a step, and when: the states it leaves from, the permits (a role with a test of
     * the unit or person) and a precondition on the letter beyond its state. The one table of the
     * state machine's guards: the transitions ({@link #admit}) and {@link #allowedActions} read it.
     */
    private record Rule(Set<LetterStatus> states, List<Permit> permits, Precondition precondition) {
    }

    /** A refusal beyond state and person (e.g. no pending extension request), {@code null} if met. */
    @FunctionalInterface
    private interface Precondition {
        RuntimeException unmet(Actor by, Instant at);
    }

    private static final Precondition NONE = (by, at) -> null;

    private Rule rule(LetterAction action) {
        Permit leadStaff = handlingUnit(Role.STAFF);
        Permit leadLeader = handlingUnit(Role.LEADER);
        return switch (action) {
            case ACCEPT, REJECT_INVALID, MERGE -> new Rule(EnumSet.of(SUBMITTED), List.of(dispatcher()), NONE);
            case FORWARD_TO_LEADER, ASSIGN -> new Rule(EnumSet.of(ACCEPTED, RETURNED), List.of(dispatcher()), NONE);
            case INSTRUCT -> new Rule(EnumSet.of(FORWARDED_TO_LEADER), List.of(theDesignatedLeader()), NONE);
            case WITHDRAW_FROM_LEADER -> new Rule(EnumSet.of(FORWARDED_TO_LEADER), List.of(dispatcher(), supervisor()), NONE);
            case SIGN_FOR -> new Rule(EnumSet.of(ASSIGNED), List.of(leadStaff, leadLeader), NONE);
            case RETURN -> new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS), List.of(leadStaff, leadLeader), NONE);
            case REQUEST_EXTENSION -> new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS), List.of(leadStaff, leadLeader),
                    (by, at) -> pendingExtension != null
                            ? LetterViolations.conflict("letter-extension-pending", "已有一项延期申请等待审批，请等待审批结果。")
                            : WorkingDayCalendar.dateOf(at).isAfter(dueDate)
                                    ? LetterViolations.conflict("letter-extension-too-late",
                                            "延期须在截止日期（" + dueDate + "）前申请，信件已超期，不能再申请延期。")
                                    : null);
            case GRANT_EXTENSION, REFUSE_EXTENSION -> new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS),
                    List.of(dispatcher(), supervisor()), (by, at) -> pendingExtension == null
                            ? LetterViolations.conflict("letter-no-extension-request",
                                    "没有待审批的延期申请，不能「" + action.label() + "」。")
                            : null);
            case SUBMIT_REPLY -> new Rule(EnumSet.of(IN_PROGRESS), List.of(leadStaff, leadLeader), NONE);
            case APPROVE_REPLY -> new Rule(EnumSet.of(REPLY_IN_REVIEW), List.of(leadLeader, dispatcher()),
                    (by, at) -> replyDraftedBy != null && replyDraftedBy.equals(by.username())
                            ? LetterViolations.wrongUnit(action, "答复须由起草人以外的人审核。")
                            : null);
            case SEND_BACK_REPLY -> new Rule(EnumSet.of(REPLY_IN_REVIEW), List.of(leadLeader, dispatcher()), NONE);
            case RATE -> new Rule(EnumSet.of(ANSWERED), List.of(citizen()), (by, at) -> rating != null
                    ? LetterViolations.conflict("letter-already-rated", "您已评价过这份答复（" + rating.label() + "），每份答复只能评价一次。")
                    : null);
            case REOPEN -> new Rule(EnumSet.of(ANSWERED), List.of(citizen()), (by, at) -> reopened
                    ? LetterViolations.conflict("letter-already-reopened", "此信件已重新办理过一次，不能再次申请重新办理。")
                    : rating != Rating.UNSATISFIED
                            ? LetterViolations.conflict("letter-reopen-needs-unsatisfied",
                                    "只有评价为「不满意」的答复才能申请重新办理，请先评价。")
                            : null);
            case CLOSE -> new Rule(EnumSet.of(ANSWERED), List.of(dispatcher(), supervisor()), NONE);
            case ASSISTING_OPINION -> new Rule(EnumSet.of(IN_PROGRESS),
                    List.of(assistingUnit(Role.STAFF), assistingUnit(Role.LEADER)), NONE);
            case SUBMIT, ABSORB_DUPLICATE, RECOMPUTE_DEADLINE, OVERDUE_REMINDER ->
                throw new IllegalArgumentException(action + " is not a step anyone asks for");
        };
    }

    /** Who may act: a role, a test of the unit/person, and what to say when the test fails. */
    private record Permit(Role role, Predicate<Actor> fits, String refusal) {
    }

    /** The outcome of the guards: the role {@code by} acts in, or why not (409 state, 403 role/unit, 409 precondition). */
    private record Verdict(Role role, RuntimeException refusal) {
    }

    /** Checks the step's guards in order (state, role, unit or person, precondition); answers the role acted in. */
    private Role admit(LetterAction action, Actor by, Instant at) {
        Verdict verdict = verdict(action, by, at);
        if (verdict.refusal() != null) {
            throw verdict.refusal();
        }
        return verdict.role();
    }

    private Verdict verdict(LetterAction action, Actor by, Instant at) {
        Rule rule = rule(action);
        if (!rule.states().contains(status)) {
            return new Verdict(null, LetterViolations.wrongState(action, status));
        }
        Permit roleHeld = null;
        Role actingAs = null;
        for (Permit permit : rule.permits()) {
            if (by.has(permit.role())) {
                if (permit.fits().test(by)) {
                    actingAs = permit.role();
                    break;
                }
                if (roleHeld == null) {
                    roleHeld = permit;
                }
            }
        }
        if (actingAs == null) {
            return new Verdict(null, roleHeld == null
                    ? LetterViolations.wrongRole(action, rule.permits().stream().map(Permit::role).distinct().toArray(Role[]::new))
                    : LetterViolations.wrongUnit(action, roleHeld.refusal()));
        }
        RuntimeException unmet = rule.precondition().unmet(by, at);
        return unmet == null ? new Verdict(actingAs, null) : new Verdict(null, unmet);
    }

    private Permit dispatcher() {
        return new Permit(Role.DISPATCHER, a -> a.belongsTo(mailbox().ownerUnit()),
                "此信件属于「" + mailbox().name() + "」，只能由该信箱所属单位的分办员办理。");
    }

    private Permit supervisor() {
        // 督查 is county-wide: supervisors act on every unit's letters.
        return new Permit(Role.SUPERVISOR, a -> true, "");
    }

    private Permit theDesignatedLeader() {
        return new Permit(Role.LEADER, a -> designatedLeader != null && designatedLeader.equals(a.username()),
                "此信件已呈送" + (designatedLeaderName == null ? "其他领导" : designatedLeaderName) + "批办，您不能批办。");
    }

    private Permit handlingUnit(Role role) {
        return new Permit(role, a -> assignment != null && a.belongsTo(assignment.leadUnit()),
                "此信件由" + (assignment == null ? "其他单位" : unitNames.nameOf(assignment.leadUnit())) + "主办，本单位不能办理。");
    }

    private Permit assistingUnit(Role role) {
        return new Permit(role, a -> assignment != null && a.unitCode() != null
                && assignment.assistingUnits().contains(a.unitCode()),
                assignment == null || assignment.assistingUnits().isEmpty() ? "此信件没有协办单位。"
                        : "此信件的协办单位为" + String.join("、", assignment.assistingUnits()) + "，本单位不是协办单位。");
    }

    private Permit citizen() {
        return new Permit(Role.CITIZEN, a -> trackingCode.equals(a.trackingCode()), "只能由持有本信件查询码的来信人操作。");
    }

    private static void requireText(String text, String code, String field) {
        if (isBlank(text)) {
            throw LetterViolations.required(code, field);
        }
    }

    // ------------------------------------------------------------------ history and events

    private LetterEvent transition(Actor by, Role role, Instant at, LetterAction action, LetterStatus next,
            String remark, String eventName) {
        return transition(by, role, at, action, next, remark, eventName, null);
    }

    private LetterEvent transition(Actor by, Role role, Instant at, LetterAction action, LetterStatus next,
            String remark, String eventName, LetterEvent.LeaderWithdrawal withdrawal) {
        status = next;
        record(by, role, at, action, remark);
        return event(new LetterEvent(eventName, id, status, at, withdrawal));
    }

    private void record(Actor by, Role role, Instant at, LetterAction action, String remark) {
        history.add(new HistoryEntry(at, by.username(), by.name(), role, by.unitCode(), action, status, remark));
    }

    private LetterEvent event(String name, Instant at) {
        return event(new LetterEvent(name, id, status, at));
    }

    private LetterEvent event(LetterEvent event) {
        events.add(event);
        return event;
    }

    private String describe(Assignment to) {
        return "主办：" + unitNames.nameOf(to.leadUnit()) + (to.assistingUnits().isEmpty() ? ""
                : "，协办：" + String.join("、", to.assistingUnits().stream().map(unitNames::nameOf).toList()));
    }

    /**
     * From now on, the text this letter writes names units by {@code names} (the directory's full
     * names) instead of their codes. Stored remarks are not rewritten.
     */
    public Letter nameUnitsWith(UnitNames names) {
        unitNames = Objects.requireNonNull(names, "names");
        return this;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    // ------------------------------------------------------------------ storing

    /** The letter's whole state, for the persistence layer. */
    public LetterSnapshot snapshot() {
        return new LetterSnapshot(id, content, trackingCode, queryPasswordHash, submittedAt, submittedBy, type, status,
                rejectionReason, mergedInto, duplicates, designatedLeader, designatedLeaderName, instruction, assignment,
                periodStart, workingDays, extensionDays, dueDate, pendingExtension, replyText, replyDraftedBy, answeredAt,
                rating, ratingBeforeReopen, reopenReason, reopened, closedAt, history);
    }

    /** Rebuilds a stored letter as it was; no transition, no event. */
    public static Letter restore(LetterSnapshot s) {
        Letter letter = new Letter(s.id(), s.content(), s.trackingCode(), s.queryPasswordHash(), s.submittedAt(),
                s.submittedBy());
        letter.type = s.type();
        letter.status = s.status();
        letter.rejectionReason = s.rejectionReason();
        letter.mergedInto = s.mergedInto();
        letter.duplicates.addAll(s.duplicates());
        letter.designatedLeader = s.designatedLeader();
        letter.designatedLeaderName = s.designatedLeaderName();
        letter.instruction = s.instruction();
        letter.assignment = s.assignment();
        letter.periodStart = s.periodStart();
        letter.workingDays = s.workingDays();
        letter.extensionDays = s.extensionDays();
        letter.dueDate = s.dueDate();
        letter.pendingExtension = s.pendingExtension();
        letter.replyText = s.replyText();
        letter.replyDraftedBy = s.replyDraftedBy();
        letter.answeredAt = s.answeredAt();
        letter.rating = s.rating();
        letter.ratingBeforeReopen = s.ratingBeforeReopen();
        letter.reopenReason = s.reopenReason();
        letter.reopened = s.reopened();
        letter.closedAt = s.closedAt();
        letter.history.addAll(s.history());
        return letter;
    }

    // ------------------------------------------------------------------ reading

    public LetterId id() {
        return id;
    }

    public LetterContent content() {
        return content;
    }

    public Mailbox mailbox() {
        return content.mailbox();
    }

    /** The type as confirmed at acceptance (the citizen's choice until then); the due date follows it. */
    public LetterType type() {
        return type;
    }

    public LetterStatus status() {
        return status;
    }

    public TrackingCode trackingCode() {
        return trackingCode;
    }

    public String queryPasswordHash() {
        return queryPasswordHash;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The writer's account, empty for an anonymous letter. */
    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    /** The day of receipt in Asia/Shanghai: the deadline counts from the next working day. */
    public LocalDate receivedOn() {
        return WorkingDayCalendar.dateOf(submittedAt);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<LetterId> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public List<LetterId> duplicates() {
        return List.copyOf(duplicates);
    }

    public Optional<String> designatedLeader() {
        return Optional.ofNullable(designatedLeader);
    }

    /** The designated leader's name as the directory gave it when the letter was forwarded. */
    public Optional<String> designatedLeaderName() {
        return Optional.ofNullable(designatedLeaderName).filter(name -> !name.isBlank());
    }

    public Optional<String> instruction() {
        return Optional.ofNullable(instruction);
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    /**
     * The due date (until 24:00 Asia/Shanghai), fixed at submission; empty for a letter refused or
     * merged (and for one stored before due dates were fixed at submission, until it is filled in).
     */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** The working days the policy allows the letter's type (as submitted, then as accepted), without extensions. */
    public int workingDays() {
        return workingDays;
    }

    /** The working days granted in extensions in the current period. */
    public int extensionDays() {
        return extensionDays;
    }

    /** The day the current period counts from: receipt, or the day of reopening. */
    public Optional<LocalDate> periodStart() {
        return Optional.ofNullable(periodStart);
    }

    public Optional<ExtensionRequest> pendingExtension() {
        return Optional.ofNullable(pendingExtension);
    }

    /** The reply: a draft while in review, what the citizen reads once answered. */
    public Optional<String> replyText() {
        return Optional.ofNullable(replyText);
    }

    /** Who drafted the current reply (the one who may not approve it). */
    public Optional<String> replyDraftedBy() {
        return Optional.ofNullable(replyDraftedBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** The rating of the current reply. */
    public Optional<Rating> rating() {
        return Optional.ofNullable(rating);
    }

    /** The rating that led to reopening, if the letter was reopened. */
    public Optional<Rating> ratingBeforeReopen() {
        return Optional.ofNullable(ratingBeforeReopen);
    }

    public boolean wasReopened() {
        return reopened;
    }

    /** Whether the citizen may rate the reply now: what {@link #rate} accepts. */
    public boolean mayBeRated() {
        return status == ANSWERED && rating == null;
    }

    /** Whether the citizen may ask to reopen the letter now: what {@link #reopen} accepts. */
    public boolean mayBeReopened() {
        return status == ANSWERED && !reopened && rating == Rating.UNSATISFIED;
    }

    public Optional<String> reopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /**
     * Each assisting unit's latest opinion (协办意见), in the order they were last written; read from
     * the history, where every opinion is a line of its own.
     */
    public List<AssistingOpinion> assistingOpinions() {
        Map<String, AssistingOpinion> latest = new LinkedHashMap<>();
        for (HistoryEntry h : history) {
            if (h.action() == LetterAction.ASSISTING_OPINION) {
                latest.remove(h.unitCode());
                latest.put(h.unitCode(), new AssistingOpinion(h.unitCode(), h.remark(), h.username(), h.name(), h.at()));
            }
        }
        return List.copyOf(latest.values());
    }

    /** The events recorded since the last {@link #takeEvents()}. */
    public List<LetterEvent> events() {
        return List.copyOf(events);
    }

    /** Hands the recorded events to the caller (the use case publishes them) and forgets them. */
    public List<LetterEvent> takeEvents() {
        List<LetterEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
