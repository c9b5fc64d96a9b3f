package io.zhengtong.mailbox.duplicate;

import io.zhengtong.mailbox.dispatch.HandlingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher finds the letters that look like a new one and merges the new one into the
 * original (合并重复来信): the duplicate ends, the original's history notes it. Letters the caller
 * may not see are neither listed nor accepted as the original.
 */
@Service
public class MergingDuplicates {

    private final Letters letters;
    private final LetterFingerprints fingerprints;
    private final HandlingLetters handling;
    private final LetterIntegrationEvents events;
    private final Clock clock;

    public MergingDuplicates(Letters letters, LetterFingerprints fingerprints, HandlingLetters handling,
            LetterIntegrationEvents events, Clock clock) {
        this.letters = letters;
        this.fingerprints = fingerprints;
        this.handling = handling;
        this.events = events;
        this.clock = clock;
    }

    /** A letter that looks like the one asked about; no contact data. */
    public record DuplicateCandidate(String id, String trackingCode, String mailbox, String mailboxName, String subject,
            String type, String typeLabel, String status, String statusLabel, Instant submittedAt, List<String> reasons,
            List<String> reasonLabels) {
    }

    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidates(Actor actor, UUID id) {
        Letter letter = visible(actor, id).letter();
        return fingerprints.candidatesOf(letter).stream()
            .flatMap(c -> letters.find(c.id()).filter(s -> s.letter().isVisibleTo(actor))
                .map(s -> candidate(s.letter(), c)).stream())
            .toList();
    }

    @Transactional
    public LetterDetail merge(Actor actor, UUID id, long version, String intoTrackingCode, String remark) {
        StoredLetter duplicate = visible(actor, id);
        if (duplicate.version() != version) {
            throw DomainRuleViolation.conflict("letter-version-stale", "信件已被他人修改", "信件在您打开后已被他人处理，请刷新后重试。");
        }
        TrackingCode code = TrackingCode.parse(intoTrackingCode);
        // An original the caller may not see is "not found" too: its existence is not revealed.
        StoredLetter original = letters.findByTrackingCode(code).filter(s -> s.letter().isVisibleTo(actor))
            .orElseThrow(() -> DomainRuleViolation.unprocessable("letter-merge-target-not-found", "原信件不存在",
                    "找不到查询码为 " + code + " 的信件，或您无权查看。"));
        Letter letter = duplicate.letter();
        letter.mergeInto(original.letter(), actor, clock.instant(), remark);
        letters.update(letter, version);
        letters.update(original.letter(), original.version());
        events.publish(letter);
        events.publish(original.letter());
        return handling.detail(actor, id);
    }

    private StoredLetter visible(Actor actor, UUID id) {
        return letters.find(new LetterId(id)).filter(s -> s.letter().isVisibleTo(actor))
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
    }

    private static DuplicateCandidate candidate(Letter l, LetterFingerprints.Candidate c) {
        return new DuplicateCandidate(l.id().toString(), l.trackingCode().toString(), l.mailbox().code(), l.mailbox().name(),
                l.content().subject(), l.type().name(), l.type().label(), l.status().name(), l.status().label(),
                l.submittedAt(), c.reasons().stream().map(Enum::name).toList(),
                c.reasons().stream().map(DuplicateReason::label).toList());
    }
}
