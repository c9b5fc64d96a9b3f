package io.zhengtong.mailbox.dispatch;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.deadline.LetterDeadline;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.ExtensionRequest;
import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterAction;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.letter.UnitNames;
import io.zhengtong.mailbox.privacy.Masking;
import io.zhengtong.mailbox.publication.LetterPublications;
import io.zhengtong.mailbox.publication.LetterPublications.PublicationOffer;
import io.zhengtong.mailbox.publication.PublicationStep;
import io.zhengtong.mailbox.publication.PublishStanding;
import io.zhengtong.mailbox.store.ListedLetter;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.Letters.Queue;
import io.zhengtong.mailbox.store.MailboxEntity;
import io.zhengtong.mailbox.store.MailboxRepository;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read and handle letters: the dispatcher (专人送阅) accepts, rejects, forwards or assigns
 * them, the leader instructs (领导批办), the lead unit handles and replies (部门承办), reviewers
 * approve the reply. Every
 * change names the version the clerk saw. A letter the caller may not see is "not found".
 */
@Service
public class HandlingLetters {

    private final Letters letters;
    private final MailboxRepository mailboxes;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final LetterIntegrationEvents events;
    private final OrganisationDirectory directory;
    private final LetterPublications publications;
    private final DesignatingLeaders leaders;
    private final UnitNames unitNames;

    public HandlingLetters(Letters letters, MailboxRepository mailboxes, DeadlinePolicy policy, WorkingDayCalendar calendar,
            Clock clock, LetterIntegrationEvents events, OrganisationDirectory directory,
            LetterPublications publications, DesignatingLeaders leaders, UnitNames unitNames) {
        this.leaders = leaders;
        this.unitNames = unitNames;
        this.publications = publications;
        this.events = events;
        this.directory = directory;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A line of the work list; personal data masked. {@code suspectedDuplicate} (疑似重复): letters
     * looking like it had already been written when it came in ({@code GET /letters/{id}/duplicates}).
     * {@code assisting}: the caller's unit assists on the letter (协办), another unit leads it.
     */
    public record LetterSummary(String id, long version, String trackingCode, String mailbox, String mailboxName,
            String type, String typeLabel, String subject, String status, String statusLabel, Instant submittedAt,
            String contactName, String contactPhone, LocalDate dueDate, String leadUnit, String designatedLeader,
            Integer extensionRequestedDays, boolean suspectedDuplicate, boolean assisting) {
    }

    /**
     * An extension request waiting for the dispatcher's or a supervisor's decision; {@code requestedByName}:
     * the requester's display name, {@code null} when unknown.
     */
    public record ExtensionLine(int workingDays, String reason, String requestedBy, String unitCode, Instant requestedAt,
            String requestedByName) {
    }

    /** An assisting unit's latest opinion (协办意见) for the lead unit's drafter. */
    public record AssistingOpinionLine(String unitCode, String unitName, String text, String username, String name,
            Instant at) {
    }

    public record HistoryLine(Instant at, String username, String name, String role, String unitCode, String action,
            String actionLabel, String statusAfter, String statusLabel, String remark, String text) {
    }

    /**
     * The letter as the people handling it read it: contact in full, so they can call the writer back.
     * {@code allowedActions}: the steps the caller may take now, as path segments ({@link ActionSegments}),
     * decided by the letter's own guards, then 选登's ({@code publish}, {@code unpublish}:
     * {@link PublicationStep}); {@code deadline}: the due date and its working, {@code null} before
     * acceptance and once closed; {@code publication}: for the mailbox's dispatchers, whether 选登 may
     * publish the letter and why not ({@link PublishStanding}), {@code null} for everyone else;
     * {@code designatedLeaderName}, {@code replyDraftedByName}: the people's display names beside their
     * accounts ({@link DisplayNames}), {@code null} when unknown.
     * {@code assistingOpinions}: each assisting unit's latest opinion, for everyone who may see the letter.
     */
    public record LetterDetail(String id, long version, String trackingCode, String mailbox, String mailboxName,
            String type, String typeLabel, String subject, String content, String status, String statusLabel,
            Instant submittedAt, String contactName, String contactPhone, String contactEmail, String idNumber,
            boolean consentToPublish, LocalDate dueDate, String leadUnit, List<String> assistingUnits,
            String designatedLeader, String instruction, String rejectionReason, int extensionDays,
            ExtensionLine extensionRequest, String reply, String replyDraftedBy, String rating, List<HistoryLine> history,
            boolean suspectedDuplicate, List<String> allowedActions, LetterDeadline deadline, PublishStanding publication,
            String designatedLeaderName, String replyDraftedByName, List<AssistingOpinionLine> assistingOpinions) {
    }

    /**
     * The caller's work list, each role its work: a dispatcher's mailboxes' letters waiting for them
     * (new, accepted, returned, reply in review, open extension requests), a leader's letters
     * forwarded to them for instruction, the letters the caller's unit leads (staff and the
     * unit's leader), then those it assists on (协办, same states); supervisors see the open extension requests county-wide. {@code status}
     * replaces the default states (for supervisors it is not a filter yet: supervision lists come later).
     * The queues follow one another in that order, each newest first (extension requests soonest
     * due first); a letter in two of them is listed once, where it first appears.
     *
     * @param code a tracking code (查询码) to look one letter up by, or {@code null}: then the list
     *             holds that letter alone, if the caller may see it and it is in {@code status}
     */
    @Transactional(readOnly = true)
    public PageOf<LetterSummary> list(Actor actor, LetterStatus status, TrackingCode code, PageQuery paging) {
        WorkListPage page = code == null ? WorkListPage.of(queues(actor, status, depthFor(paging)), paging)
                : WorkListPage.of(List.of(lookedUp(actor, status, code)), paging);
        Set<String> assisted = actor.unitCode() == null || !mayBeHandled(status) ? Set.of()
                : letters.assistedAmong(actor.unitCode(), page.ids());
        List<LetterSummary> lines = letters.listed(page.ids()).stream()
            .map(l -> summary(l, l.suspectedDuplicate(), assisted.contains(l.id())))
            .toList();
        return PageOf.of(lines, paging, page.total());
    }

    // Each query below is the visibility rule of one role (Letter.isVisibleTo: the dispatcher's owned
    // mailboxes, the supervisor everything, the designated leader, the lead and assisting units' staff and leader).
    private List<Queue> queues(Actor actor, LetterStatus status, int depth) {
        List<Queue> queues = new ArrayList<>();
        if (actor.has(Role.DISPATCHER)) {
            List<String> owned = mailboxes.findAllByOrderBySortOrder().stream()
                .filter(m -> actor.belongsTo(m.toMailbox().ownerUnit())).map(MailboxEntity::code).toList();
            if (!owned.isEmpty()) {
                Set<LetterStatus> wanted = status == null ? Set.of(LetterStatus.SUBMITTED, LetterStatus.ACCEPTED,
                        LetterStatus.RETURNED, LetterStatus.REPLY_IN_REVIEW) : Set.of(status);
                queues.add(letters.inMailboxes(owned, wanted, depth));
                if (status == null) {
                    queues.add(letters.withOpenExtensionRequest(owned, depth));
                }
            }
        }
        if (actor.has(Role.SUPERVISOR) && status == null) {
            queues.add(letters.withOpenExtensionRequest(null, depth));
        }
        if (actor.has(Role.LEADER) && actor.username() != null) {
            Set<LetterStatus> wanted = status == null ? Set.of(LetterStatus.FORWARDED_TO_LEADER) : Set.of(status);
            queues.add(letters.forwardedTo(actor.username(), wanted, depth));
        }
        if ((actor.has(Role.STAFF) || actor.has(Role.LEADER)) && actor.unitCode() != null && mayBeHandled(status)) {
            Set<LetterStatus> wanted = status == null
                    ? Set.of(LetterStatus.ASSIGNED, LetterStatus.IN_PROGRESS, LetterStatus.REPLY_IN_REVIEW) : Set.of(status);
            queues.add(letters.leadBy(actor.unitCode(), wanted, depth));
            queues.add(letters.assistedBy(actor.unitCode(), wanted, depth));
        }
        return queues;
    }

    // A new letter (SUBMITTED: only ever the first state) has no lead or assisting unit yet, so the
    // units' queues cannot hold it: the dispatcher's list of new letters skips their three queries.
    private static boolean mayBeHandled(LetterStatus status) {
        return status != LetterStatus.SUBMITTED;
    }

    /** Every queue's lines up to the end of the page: enough to know the page exactly (WorkListPage). */
    private static int depthFor(PageQuery paging) {
        return (int) Math.min(paging.offset() + paging.size(), Integer.MAX_VALUE);
    }

    private Queue lookedUp(Actor actor, LetterStatus status, TrackingCode code) {
        List<String> found = letters.findByTrackingCode(code)
            .filter(s -> s.letter().isVisibleTo(actor))
            .filter(s -> status == null || s.letter().status() == status)
            .map(s -> s.letter().id().toString())
            .stream().toList();
        return new Queue(found, found.size());
    }

    @Transactional(readOnly = true)
    public LetterDetail detail(Actor actor, UUID id) {
        return detail(actor, visible(actor, id));
    }

    private LetterDetail detail(Actor actor, StoredLetter s) {
        Letter letter = s.letter();
        List<String> allowed = new ArrayList<>(ActionSegments.of(letter.allowedActions(actor, clock.instant())));
        PublicationOffer publication = publications.offer(actor, letter);
        publication.steps().forEach(step -> allowed.add(step.segment()));
        LetterDeadline deadline = letter.status() == LetterStatus.CLOSED ? null
                : LetterDeadline.of(letter, calendar).orElse(null);
        List<AssistingOpinionLine> opinions = letter.assistingOpinions().stream()
            .map(o -> new AssistingOpinionLine(o.unitCode(), directory.unit(o.unitCode()).map(u -> u.fullName()).orElse(null),
                    o.text(), o.username(), o.name(), o.at()))
            .toList();
        return detail(s, s.suspectedDuplicate(), allowed, deadline, publication.publish(), opinions);
    }

    @Transactional
    public LetterDetail accept(Actor actor, UUID id, long version, LetterType confirmedType) {
        return change(actor, id, version, (letter, at) -> {
            LetterType type = confirmedType == null ? letter.type() : confirmedType;
            letter.accept(actor, at, type, policy.deadlineAtAcceptance(letter, type, calendar));
        });
    }

    @Transactional
    public LetterDetail reject(Actor actor, UUID id, long version, String reason) {
        return change(actor, id, version, (letter, at) -> letter.rejectAsInvalid(actor, at, reason));
    }

    /**
     * Forwards to the leader with the account {@code leader}, named as the directory names them; an
     * unknown account or one without the leader role is refused (422 {@link UnsuitableLeader}), after
     * the letter's own guards, so the letter never waits for someone who cannot instruct it.
     */
    @Transactional
    public LetterDetail forward(Actor actor, UUID id, long version, String leader, String remark) {
        return change(actor, id, version, (letter, at) -> {
            letter.requireAllowed(LetterAction.FORWARD_TO_LEADER, actor, at);
            UnitMember designated = leaders.leader(leader);
            letter.forwardToLeader(actor, at, designated.username(), designated.name(), remark);
        });
    }

    /**
     * The dispatcher or a supervisor takes a letter back from the leader it waits for (撤回/改派), with
     * a reason: it leaves the leader's queue and is accepted again, ready to be forwarded or assigned.
     */
    @Transactional
    public LetterDetail withdrawFromLeader(Actor actor, UUID id, long version, String reason) {
        return change(actor, id, version, (letter, at) -> letter.withdrawFromLeader(actor, at, reason));
    }

    @Transactional
    public LetterDetail assign(Actor actor, UUID id, long version, String leadUnit, List<String> assisting, String remark) {
        return change(actor, id, version, (letter, at) -> {
            Assignment to = new Assignment(leadUnit, assisting);
            letter.assign(actor, at, to, remark);
            requireKnownUnits(to);
        });
    }

    // ------------------------------------------------------------------ 领导批办: the leader

    @Transactional
    public LetterDetail instruct(Actor actor, UUID id, long version, String leadUnit, List<String> assisting,
            String instruction) {
        return change(actor, id, version, (letter, at) -> {
            Assignment to = new Assignment(leadUnit, assisting);
            letter.instruct(actor, at, to, instruction);
            requireKnownUnits(to);
        });
    }

    // ------------------------------------------------------------------ 部门承办: the lead unit

    @Transactional
    public LetterDetail signFor(Actor actor, UUID id, long version) {
        return change(actor, id, version, (letter, at) -> letter.signFor(actor, at));
    }

    @Transactional
    public LetterDetail returnToDispatcher(Actor actor, UUID id, long version, String reason) {
        return change(actor, id, version, (letter, at) -> letter.returnToDispatcher(actor, at, reason));
    }

    @Transactional
    public LetterDetail requestExtension(Actor actor, UUID id, long version, int days, String reason) {
        return change(actor, id, version, (letter, at) -> letter.requestExtension(actor, at, days, reason));
    }

    @Transactional
    public LetterDetail submitReply(Actor actor, UUID id, long version, String text) {
        return change(actor, id, version, (letter, at) -> letter.submitReply(actor, at, text));
    }

    // ------------------------------------------------------------------ 协办: an assisting unit

    @Transactional
    public LetterDetail recordAssistingOpinion(Actor actor, UUID id, long version, String text) {
        return change(actor, id, version, (letter, at) -> letter.recordAssistingOpinion(actor, at, text));
    }

    // ------------------------------------------------------------------ the dispatcher or a supervisor decides

    /** Grants the open request; {@code days} {@code null} grants the days asked for. */
    @Transactional
    public LetterDetail grantExtension(Actor actor, UUID id, long version, Integer days, String remark) {
        return change(actor, id, version, (letter, at) -> letter.grantExtension(actor, at,
                days != null ? days : letter.pendingExtension().map(ExtensionRequest::workingDays).orElse(0), remark,
                calendar));
    }

    @Transactional
    public LetterDetail refuseExtension(Actor actor, UUID id, long version, String reason) {
        return change(actor, id, version, (letter, at) -> letter.refuseExtension(actor, at, reason));
    }

    // ------------------------------------------------------------------ review: the lead unit's leader or the dispatcher

    @Transactional
    public LetterDetail approveReply(Actor actor, UUID id, long version, String remark) {
        return change(actor, id, version, (letter, at) -> letter.approveReply(actor, at, remark));
    }

    @Transactional
    public LetterDetail sendBackReply(Actor actor, UUID id, long version, String remark) {
        return change(actor, id, version, (letter, at) -> letter.sendBackReply(actor, at, remark));
    }

    private LetterDetail change(Actor actor, UUID id, long version, BiConsumer<Letter, Instant> transition) {
        StoredLetter stored = visible(actor, id);
        if (stored.version() != version) {
            throw DomainRuleViolation.conflict("letter-version-stale", "信件已被他人修改", "信件在您打开后已被他人处理，请刷新后重试。");
        }
        Letter letter = stored.letter().nameUnitsWith(unitNames);
        transition.accept(letter, clock.instant());
        long next = letters.update(letter, version);
        events.publish(letter);
        return detail(actor, stored.changed(letter, next));
    }

    // Checked after the aggregate accepted the step, so state, role and unit are refused first; nothing is saved on refusal.
    private void requireKnownUnits(Assignment to) {
        List<String> units = new ArrayList<>(to.assistingUnits());
        units.addFirst(to.leadUnit());
        for (String unit : units) {
            if (directory.unit(unit).isEmpty()) {
                throw DomainRuleViolation.unprocessable("letter-unit-unknown", "单位不存在",
                        "单位代码「" + unit + "」不在单位目录中，请从列表中选择。");
            }
        }
    }

    private StoredLetter visible(Actor actor, UUID id) {
        return letters.find(new LetterId(id)).filter(s -> s.letter().isVisibleTo(actor))
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
    }

    private static LetterSummary summary(ListedLetter l, boolean suspectedDuplicate, boolean assisting) {
        return new LetterSummary(l.id(), l.version(), TrackingCode.parse(l.trackingCode()).toString(), l.mailboxCode(),
                l.mailboxName(), l.type().name(), l.type().label(), l.subject(), l.status().name(), l.status().label(),
                l.submittedAt(), mask(l.contactName(), Masking::name), mask(l.contactPhone(), Masking::phone), l.dueDate(),
                l.leadUnit(), l.designatedLeader(), l.extensionRequestedDays(), suspectedDuplicate, assisting);
    }

    private LetterDetail detail(StoredLetter s, boolean suspectedDuplicate, List<String> allowedActions,
            LetterDeadline deadline, PublishStanding publication,
            List<AssistingOpinionLine> assistingOpinions) {
        Letter l = s.letter();
        var c = l.content().contact();
        return new LetterDetail(l.id().toString(), s.version(), l.trackingCode().toString(), l.mailbox().code(),
                l.mailbox().name(), l.type().name(), l.type().label(), l.content().subject(), l.content().body(),
                l.status().name(), l.status().label(), l.submittedAt(), c.name(), c.phone(), c.email(),
                mask(c.idNumber(), Masking::idNumber), l.content().consentToPublish(), l.dueDate().orElse(null),
                l.assignment().map(Assignment::leadUnit).orElse(null),
                l.assignment().map(Assignment::assistingUnits).orElse(List.of()), l.designatedLeader().orElse(null),
                l.instruction().orElse(null), l.rejectionReason().orElse(null), l.extensionDays(),
                l.pendingExtension().map(e -> new ExtensionLine(e.workingDays(), e.reason(), e.requestedBy(), e.unitCode(),
                        e.requestedAt(), DisplayNames.actedAs(l.history(), e.requestedBy()))).orElse(null),
                l.replyText().orElse(null), l.replyDraftedBy().orElse(null), l.rating().map(r -> r.name()).orElse(null),
                l.history().stream().map(h -> line(h, unitNames)).toList(), suspectedDuplicate, allowedActions, deadline,
                publication, DisplayNames.designatedLeader(l),
                DisplayNames.actedAs(l.history(), l.replyDraftedBy().orElse(null)), assistingOpinions);
    }

    // The actor's unit is named on read (the stored line keeps the code); remarks were named when written.
    private static HistoryLine line(HistoryEntry h, UnitNames unitNames) {
        return new HistoryLine(h.at(), h.username(), h.name(), h.role() == null ? null : h.role().name(), h.unitCode(),
                h.action().name(), h.action().label(), h.statusAfter().name(), h.statusAfter().label(), h.remark(),
                h.describe(unitNames));
    }

    private static String mask(String value, java.util.function.UnaryOperator<String> masking) {
        return value == null ? null : masking.apply(value);
    }
}
