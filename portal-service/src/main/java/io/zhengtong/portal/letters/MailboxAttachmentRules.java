package io.zhengtong.portal.letters;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zhengtong.portal.letters.MailboxApi.AttachmentRules;
import io.zhengtong.portal.letters.MailboxApi.AttachmentType;

/**
 * The mailbox's attachment rules as the website last heard them ({@code GET
 * /api/mailbox/public/attachment-rules}), kept {@link #FRESH} so that a letter form costs no
 * extra call. When the mailbox cannot tell them (down, circuit breaker open, an older mailbox
 * without that address, nonsense), the rules last heard stay in use, and before any were heard
 * {@link #FALLBACK}; the mailbox is asked again after {@link #RETRY}, not on every page. Either
 * way the letter form renders, and the mailbox enforces its own rules on submit.
 */
class MailboxAttachmentRules {

    /**
     * The only statement of the limits in the website, and only a fallback: the mailbox's defaults
     * (3 files of 10 MB, PDF, JPG, PNG, DOCX) at the time of writing, used until the mailbox has
     * told its own. Not the authority: a stricter mailbox refuses on submit, with its own reasons.
     */
    static final AttachmentRules FALLBACK = new AttachmentRules(3, 10L * 1024 * 1024, List.of(
            new AttachmentType("application/pdf", List.of("pdf"), "PDF"),
            new AttachmentType("image/jpeg", List.of("jpg", "jpeg"), "JPG"),
            new AttachmentType("image/png", List.of("png"), "PNG"),
            new AttachmentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
                    "Word（DOCX）")));

    static final Duration FRESH = Duration.ofMinutes(5);
    static final Duration RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(MailboxAttachmentRules.class);

    private record Heard(AttachmentRules rules, Instant askAgainAt) {
    }

    private final Supplier<AttachmentRules> mailbox;
    private final InstantSource clock;
    private final AtomicReference<Heard> heard = new AtomicReference<>();

    MailboxAttachmentRules(Supplier<AttachmentRules> mailbox, InstantSource clock) {
        this.mailbox = mailbox;
        this.clock = clock;
    }

    AttachmentRules current() {
        Instant now = clock.instant();
        Heard last = heard.get();
        if (last != null && now.isBefore(last.askAgainAt())) {
            return last.rules();
        }
        // Two pages asking at once may both read the rules: harmless, and no page waits on a lock.
        Heard next;
        try {
            next = new Heard(usable(mailbox.get()), now.plus(FRESH));
        }
        catch (RuntimeException cannotTell) {
            log.warn("Mailbox attachment rules unavailable, using {}: {}", last == null ? "the built-in fallback"
                    : "the rules last heard", cannotTell.toString());
            next = new Heard(last == null ? FALLBACK : last.rules(), now.plus(RETRY));
        }
        heard.set(next);
        return next.rules();
    }

    /** Rules that would refuse every file or none are not rules the mailbox meant. */
    private static AttachmentRules usable(AttachmentRules rules) {
        if (rules == null || rules.maxFiles() < 1 || rules.maxBytesPerFile() < 1 || rules.types() == null
                || rules.types().isEmpty() || rules.types().stream().anyMatch(t -> t == null || t.mediaType() == null
                        || t.label() == null || t.extensions() == null || t.extensions().isEmpty())) {
            throw new IllegalStateException("unusable attachment rules: " + rules);
        }
        return rules;
    }
}
