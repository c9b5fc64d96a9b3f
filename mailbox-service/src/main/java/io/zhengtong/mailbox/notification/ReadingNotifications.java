package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff who may open a letter see whom the system told about it, and whether it went out (addresses masked). */
@Service
public class ReadingNotifications {

    /** One notice as the OA shows it. */
    public record NotificationLine(String occasion, String channel, String audience, String recipientRef, String recipient,
            String template, String status, int attempts, Instant sentAt) {
    }

    private final Letters letters;
    private final NotificationLog log;

    ReadingNotifications(Letters letters, NotificationLog log) {
        this.letters = letters;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<NotificationLine> of(Actor actor, UUID letterId) {
        String id = letters.find(new LetterId(letterId)).filter(stored -> stored.letter().isVisibleTo(actor))
            .map(stored -> stored.letter().id().toString())
            .orElseThrow(() -> DomainRuleViolation.notFound("letter-not-found", "信件不存在，或您无权查看。"));
        return log.ofLetter(id).stream()
            .map(e -> new NotificationLine(e.occasion(), e.channel().name(), e.audience().name(), e.recipientRef(),
                    e.recipientMasked(), e.template().name(), e.status().name(), e.attempts(), e.sentAt()))
            .toList();
    }
}
