package io.zhengtong.mailbox.publication;

import io.zhengtong.mailbox.events.LetterReopened;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 选登: the mailbox's dispatcher publishes an answered letter whose writer consented, with personal
 * data masked, and may take it down again; citizens read the published letters. Each change goes
 * out on {@value #TOPIC} (through the outbox, in the same transaction) carrying only the public
 * text, which is what the site search indexes.
 */
@Service
public class LetterPublications {

    static final String TOPIC = "mailbox.letters";

    private final Letters letters;
    private final PublicationRepository publications;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LetterPublications(Letters letters, PublicationRepository publications, OrganisationDirectory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.publications = publications;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Where a letter stands with 选登, as the dispatcher sees it before and after deciding.
     *
     * @param letter the public text: as published, or (not published) as it would be published now
     * @param publishable whether {@code publish} would accept the letter now; {@code reason} says why not
     */
    public record PublicationView(String letterId, long version, boolean published, boolean publishable, String reason,
            Instant publishedAt, String publishedBy, Instant unpublishedAt, String unpublishedBy, String unpublishReason,
            PublishedLetter letter) {
    }

    @Transactional(readOnly = true)
    public PublicationView view(Actor actor, UUID id) {
        StoredLetter stored = dispatchersLetter(actor, id);
        PublicationEntity publication = publications.findById(id.toString()).orElse(null);
        return view(stored, publication);
    }

    /**
     * The 选登 steps {@code actor} may take on a letter they can see, by the very checks
     * {@link #publish} and {@link #unpublish} make: what {@code allowedActions} of the letter's
     * detail adds to its handling steps. Reads the publication only for the mailbox's dispatchers.
     */
    @Transactional(readOnly = true)
    public List<PublicationStep> allowedSteps(Actor actor, Letter letter) {
        if (dispatcherRefusal(actor, letter) != null) {
            return List.of();
        }
        return allowedSteps(actor, letter, publications.findById(letter.id().toString()).filter(PublicationEntity::published).isPresent());
    }

    /** {@link #allowedSteps(Actor, Letter)} once it is known whether the letter is published. */
    static List<PublicationStep> allowedSteps(Actor actor, Letter letter, boolean published) {
        if (dispatcherRefusal(actor, letter) != null) {
            return List.of();
        }
        return List.of(PublicationStep.values()).stream().filter(step -> stateRefusal(step, letter, published) == null).toList();
    }

    @Transactional
    public PublicationView publish(Actor actor, UUID id, long version) {
        StoredLetter stored = dispatchersLetter(actor, id);
        requireVersion(stored, version);
        Letter letter = stored.letter();
        PublicationEntity publication = publications.findById(id.toString()).orElseGet(() -> new PublicationEntity(id.toString()));
        refuseIf(stateRefusal(PublicationStep.PUBLISH, letter, publication.published()));
        Instant at = clock.instant();
        String unitCode = answeringUnit(letter);
        publication.publish(PublicText.of(letter), letter.type().name(), letter.mailbox().code(), letter.mailbox().name(),
                unitCode, unitName(unitCode), at, actor.username());
        publications.saveAndFlush(publication);
        PublishedLetter shown = publicLetter(publication);
        events.publishEvent(new LetterPublished(UUID.randomUUID(), id.toString(), at, shown, publication.mailboxCode(),
                unitCode, at, url(id.toString())));
        return view(stored, publication);
    }

    @Transactional
    public PublicationView unpublish(Actor actor, UUID id, long version, String reason) {
        StoredLetter stored = dispatchersLetter(actor, id);
        requireVersion(stored, version);
        PublicationEntity publication = publications.findById(id.toString()).orElse(null);
        refuseIf(stateRefusal(PublicationStep.UNPUBLISH, stored.letter(), publication != null && publication.published()));
        takeDown(publication, actor.username(), reason.strip());
        return view(stored, publication);
    }

    /** A letter reopened after publication no longer has its final answer: it comes off the website. */
    @EventListener
    void on(LetterReopened reopened) {
        publications.findById(reopened.aggregateId()).filter(PublicationEntity::published)
            .ifPresent(p -> takeDown(p, null, "来信人申请重新办理，答复将更新"));
    }

    @Transactional(readOnly = true)
    public PageOf<PublishedLetter> published(PageQuery paging) {
        return PageOf.from(publications.findByPublishedTrueOrderByPublishedAtDescLetterIdAsc(paging.pageable()),
                LetterPublications::publicLetter);
    }

    @Transactional(readOnly = true)
    public PublishedLetter published(UUID id) {
        return publications.findById(id.toString()).filter(PublicationEntity::published).map(LetterPublications::publicLetter)
            .orElseThrow(() -> DomainRuleViolation.notFound("published-letter-not-found", "该信件不存在或未公开。"));
    }

    /** The site-relative page of a published letter. */
    static String url(String letterId) {
        return "/mailbox/letters/" + letterId;
    }

    /** Why the letter may not be published now, in Chinese; {@code null} if it may. */
    static String refusal(Letter letter) {
        if (letter.status() != LetterStatus.ANSWERED && letter.status() != LetterStatus.CLOSED
                || letter.replyText().isEmpty() || letter.answeredAt().isEmpty()) {
            return "只有已答复的信件才能选登，此信件当前状态为「" + letter.status().label() + "」。";
        }
        if (!letter.content().consentToPublish()) {
            return "来信人未同意公开此信件，不能选登。";
        }
        return null;
    }

    private static String refusalCode(Letter letter) {
        return letter.content().consentToPublish() ? "letter-publication-not-answered" : "letter-publication-no-consent";
    }

    private void takeDown(PublicationEntity publication, String by, String reason) {
        Instant at = clock.instant();
        publication.unpublish(at, by, reason);
        publications.saveAndFlush(publication);
        events.publishEvent(new LetterUnpublished(UUID.randomUUID(), publication.letterId(), at, publication.letterId(), reason));
    }

    /** Only the dispatchers of the letter's mailbox decide on 选登; others who cannot see the letter get "not found". */
    private StoredLetter dispatchersLetter(Actor actor, UUID id) {
        StoredLetter stored = letters.find(new LetterId(id)).filter(s -> s.letter().isVisibleTo(actor))
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
        refuseIf(dispatcherRefusal(actor, stored.letter()));
        return stored;
    }

    // 选登's guards, in the order the endpoints check them: who (403), then the letter's state (409).
    // allowedSteps reads the same two, so a button shows exactly when the step would be accepted.

    /** Why {@code actor} may not decide on 选登 of the letter at all; {@code null} if they may (its mailbox's dispatcher). */
    static DomainRuleViolation dispatcherRefusal(Actor actor, Letter letter) {
        if (!actor.has(Role.DISPATCHER)) {
            return new DomainRuleViolation(HttpStatus.FORBIDDEN, "letter-role-not-allowed", "无权办理此信件",
                    "信件选登只能由" + Role.DISPATCHER.label() + "办理。");
        }
        if (!actor.belongsTo(letter.mailbox().ownerUnit())) {
            return new DomainRuleViolation(HttpStatus.FORBIDDEN, "letter-other-unit", "无权办理此信件",
                    "此信件属于「" + letter.mailbox().name() + "」，只能由该信箱所属单位的分办员选登。");
        }
        return null;
    }

    /** Why the step does not apply to the letter now; {@code null} if it does. */
    static DomainRuleViolation stateRefusal(PublicationStep step, Letter letter, boolean published) {
        return switch (step) {
            case PUBLISH -> published
                    ? DomainRuleViolation.conflict("letter-already-published", "信件已选登", "此信件已在网站选登，无需重复发布。")
                    : refusal(letter) != null ? DomainRuleViolation.conflict(refusalCode(letter), "信件不能选登", refusal(letter))
                    : null;
            case UNPUBLISH -> published ? null
                    : DomainRuleViolation.conflict("letter-not-published", "信件未选登", "此信件没有在网站选登，无需撤下。");
        };
    }

    private static void refuseIf(DomainRuleViolation refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    private static void requireVersion(StoredLetter stored, long version) {
        if (stored.version() != version) {
            throw DomainRuleViolation.conflict("letter-version-stale", "信件已被他人修改", "信件在您打开后已被他人处理，请刷新后重试。");
        }
    }

    private PublicationView view(StoredLetter stored, PublicationEntity publication) {
        Letter letter = stored.letter();
        boolean published = publication != null && publication.published();
        String refusal = published ? null : refusal(letter);
        PublishedLetter text;
        if (published) {
            text = publicLetter(publication);
        }
        else if (refusal == null || letter.replyText().isPresent()) {
            String unitCode = answeringUnit(letter);
            PublicText preview = PublicText.of(letter);
            text = new PublishedLetter(letter.id().toString(), preview.subject(), preview.content(), letter.type().name(),
                    letter.type().label(), letter.mailbox().name(), preview.writer(), preview.submittedOn(), preview.reply(),
                    preview.repliedOn(), unitName(unitCode));
        }
        else {
            text = null;
        }
        return new PublicationView(letter.id().toString(), stored.version(), published, !published && refusal == null,
                refusal, publication == null ? null : publication.publishedAt(),
                publication == null ? null : publication.publishedBy(), publication == null ? null : publication.unpublishedAt(),
                publication == null ? null : publication.unpublishedBy(),
                publication == null ? null : publication.unpublishReason(), text);
    }

    private static PublishedLetter publicLetter(PublicationEntity p) {
        PublicText text = p.text();
        LetterType type = LetterType.valueOf(p.letterType());
        return new PublishedLetter(p.letterId(), text.subject(), text.content(), type.name(), type.label(), p.mailboxName(),
                text.writer(), text.submittedOn(), text.reply(), text.repliedOn(), p.unitName());
    }

    private static String answeringUnit(Letter letter) {
        return letter.assignment().map(Assignment::leadUnit).orElse(letter.mailbox().ownerUnit());
    }

    private String unitName(String unitCode) {
        return directory.unit(unitCode).map(Unit::fullName).orElse(unitCode);
    }
}
