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
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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
     * What the letter's detail shows of 选登 to {@code actor}: the steps {@code allowedActions} adds to
     * the handling steps and, for the mailbox's dispatchers only, whether publishing is allowed and
     * why not, by the very checks {@link #publish} and {@link #unpublish} make. Others get
     * {@link PublicationOffer#NONE} and the publication is not read.
     *
     * @param publish {@code null} for whoever may not decide on 选登 at all
     */
    public record PublicationOffer(List<PublicationStep> steps, PublishStanding publish) {

        public static final PublicationOffer NONE = new PublicationOffer(List.of(), null);
    }

    @Transactional(readOnly = true)
    public PublicationOffer offer(Actor actor, Letter letter) {
        if (dispatcherRefusal(actor, letter) != null) {
            return PublicationOffer.NONE;
        }
        // Only a letter that may be published now can be on the website (consent is given once, and
        // reopening an answer takes it down): for the others every step's detail saves the read.
        boolean published = letterRefusal(letter) == null
                && publications.findById(letter.id().toString()).filter(PublicationEntity::published).isPresent();
        return offer(actor, letter, published);
    }

    /** {@link #offer(Actor, Letter)} once it is known whether the letter is published. */
    static PublicationOffer offer(Actor actor, Letter letter, boolean published) {
        if (dispatcherRefusal(actor, letter) != null) {
            return PublicationOffer.NONE;
        }
        List<PublicationStep> steps = Stream.of(PublicationStep.values())
            .filter(step -> stateRefusal(step, letter, published) == null).toList();
        PublicationRefusal publish = stateRefusal(PublicationStep.PUBLISH, letter, published);
        return new PublicationOffer(steps, publish == null ? PublishStanding.ALLOWED : PublishStanding.refused(publish, letter));
    }

    @Transactional
    public PublicationView publish(Actor actor, UUID id, long version) {
        StoredLetter stored = dispatchersLetter(actor, id);
        requireVersion(stored, version);
        Letter letter = stored.letter();
        PublicationEntity publication = publications.findById(id.toString()).orElseGet(() -> new PublicationEntity(id.toString()));
        refuseIf(stateRefusal(PublicationStep.PUBLISH, letter, publication.published()), letter);
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
        refuseIf(stateRefusal(PublicationStep.UNPUBLISH, stored.letter(), publication != null && publication.published()),
                stored.letter());
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
        refuseIf(dispatcherRefusal(actor, stored.letter()), stored.letter());
        return stored;
    }

    // 选登's guards, in the order the endpoints check them: who (403), then the letter's state (409).
    // offer reads the same two, so a button shows exactly when the step would be accepted, and the
    // reason shown is the one the endpoint would answer.

    /** Why {@code actor} may not decide on 选登 of the letter at all; {@code null} if they may (its mailbox's dispatcher). */
    static PublicationRefusal dispatcherRefusal(Actor actor, Letter letter) {
        if (!actor.has(Role.DISPATCHER)) {
            return PublicationRefusal.NOT_DISPATCHER;
        }
        if (!actor.belongsTo(letter.mailbox().ownerUnit())) {
            return PublicationRefusal.OTHER_MAILBOX;
        }
        return null;
    }

    /** Why the step does not apply to the letter now; {@code null} if it does. */
    static PublicationRefusal stateRefusal(PublicationStep step, Letter letter, boolean published) {
        return switch (step) {
            case PUBLISH -> published ? PublicationRefusal.ALREADY_PUBLISHED : letterRefusal(letter);
            case UNPUBLISH -> published ? null : PublicationRefusal.NOT_PUBLISHED;
        };
    }

    /** Why the letter itself, not published, may not be published now; {@code null} if it may. */
    static PublicationRefusal letterRefusal(Letter letter) {
        if (!letter.content().consentToPublish()) {
            return PublicationRefusal.NO_CONSENT;
        }
        if (letter.status() != LetterStatus.ANSWERED && letter.status() != LetterStatus.CLOSED
                || letter.replyText().isEmpty() || letter.answeredAt().isEmpty()) {
            return PublicationRefusal.NOT_ANSWERED;
        }
        return null;
    }

    private static void refuseIf(PublicationRefusal refusal, Letter letter) {
        if (refusal != null) {
            throw refusal.problem(letter);
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
        PublicationRefusal refusal = published ? null : letterRefusal(letter);
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
                refusal == null ? null : refusal.message(letter), publication == null ? null : publication.publishedAt(),
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
