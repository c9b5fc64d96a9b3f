package io.zhengtong.mailbox.attachment;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read a letter's files under the letter's own rule ({@code Letter.isVisibleTo}): whoever
 * may open the letter may open its files; anyone else gets the same 404 as for the letter.
 */
@Service
public class ReadingAttachments {

    private final Letters letters;
    private final LetterAttachments attachments;

    ReadingAttachments(Letters letters, LetterAttachments attachments) {
        this.letters = letters;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public List<LetterAttachments.Listed> list(Actor actor, UUID letterId) {
        return attachments.of(visible(actor, letterId));
    }

    @Transactional(readOnly = true)
    public LetterAttachments.Content download(Actor actor, UUID letterId, int position) {
        return attachments.content(visible(actor, letterId), position)
            .orElseThrow(() -> DomainRuleViolation.notFound("attachment-not-found", "该信件没有这个附件。"));
    }

    private String visible(Actor actor, UUID letterId) {
        return letters.find(new LetterId(letterId)).filter(stored -> stored.letter().isVisibleTo(actor))
            .map(stored -> stored.letter().id().toString())
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
    }
}
