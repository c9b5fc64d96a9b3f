package io.zhengtong.mailbox.closing;

import io.zhengtong.mailbox.dispatch.HandlingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox's dispatcher or a supervisor closes (办结) an answered letter the citizen left
 * unrated or rated unsatisfied; the aggregate's {@code close} holds the rules.
 */
@Service
public class ClosingLetters {

    private final Letters letters;
    private final HandlingLetters handling;
    private final LetterIntegrationEvents events;
    private final Clock clock;

    public ClosingLetters(Letters letters, HandlingLetters handling, LetterIntegrationEvents events, Clock clock) {
        this.letters = letters;
        this.handling = handling;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LetterDetail close(Actor actor, UUID id, long version, String remark) {
        StoredLetter stored = letters.find(new LetterId(id)).filter(s -> s.letter().isVisibleTo(actor))
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
        if (stored.version() != version) {
            throw DomainRuleViolation.conflict("letter-version-stale", "信件已被他人修改", "信件在您打开后已被他人处理，请刷新后重试。");
        }
        Letter letter = stored.letter();
        letter.close(actor, clock.instant(), remark);
        letters.update(letter, version);
        events.publish(letter);
        return handling.detail(actor, id);
    }
}
