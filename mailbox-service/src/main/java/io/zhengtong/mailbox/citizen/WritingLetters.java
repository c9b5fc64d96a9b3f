package io.zhengtong.mailbox.citizen;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.privacy.IdNumbers;
import io.zhengtong.mailbox.privacy.PhoneNumbers;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import io.zhengtong.mailbox.ratelimit.SubmissionLimit;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.MailboxEntity;
import io.zhengtong.mailbox.store.MailboxRepository;
import io.zhengtong.mailbox.tracking.QueryPassword;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A citizen writes a letter and gets, once, the tracking code and the query password. */
@Service
public class WritingLetters {

    private final Letters letters;
    private final MailboxRepository mailboxes;
    private final QueryPasswordHasher hasher;
    private final SecureRandom random;
    private final Clock clock;
    private final LetterIntegrationEvents events;
    private final SubmissionLimit limit;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final LetterWriters writers;

    public WritingLetters(Letters letters, MailboxRepository mailboxes, QueryPasswordHasher hasher, SecureRandom random,
            Clock clock, LetterIntegrationEvents events, SubmissionLimit limit, DeadlinePolicy policy,
            WorkingDayCalendar calendar, LetterWriters writers) {
        this.writers = writers;
        this.policy = policy;
        this.calendar = calendar;
        this.events = events;
        this.limit = limit;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.hasher = hasher;
        this.random = random;
        this.clock = clock;
    }

    /** The code and the password as printed for the citizen; the password is never stored nor shown again. */
    public record Receipt(String trackingCode, String queryPassword) {
    }

    /** Writes the letter; {@code from} counts against the per-address limit (refused letters do not). */
    @Transactional
    public Receipt submit(LetterForm form, ClientAddress from) {
        return submit(form, from, null);
    }

    /**
     * Writes the letter of a logged-in citizen ({@code writer}; {@code null} for a visitor without
     * login; the form as {@link LoggedInLetterForms} checked and completed it, so a named letter's
     * notices reach the account's e-mail address when the form gave none): the letter is linked to
     * the account (我的来信) and, unless written anonymously, the history names the account. An anonymous letter stays anonymous to the staff: only the
     * citizen's own list knows it. The receipt is the same as for everyone (the paper path).
     */
    @Transactional
    public Receipt submit(LetterForm form, ClientAddress from, CitizenAccount writer) {
        limit.count(from);
        Mailbox mailbox = mailboxes.findById(form.mailbox().strip()).map(MailboxEntity::toMailbox)
            .orElseThrow(() -> DomainRuleViolation.unprocessable("mailbox-unknown", "信箱不存在", "请选择列出的信箱之一。"));
        Contact contact = form.anonymous() ? Contact.anonymous()
                : new Contact(blankToNull(form.contactName()), normalised(form.contactPhone(), PhoneNumbers::normaliseMobile),
                        blankToNull(form.contactEmail()), normalised(form.idNumber(), IdNumbers::normalise));
        LetterContent content = new LetterContent(mailbox, form.type(), form.subject().strip(), form.content().strip(),
                contact, form.consentToPublish());
        TrackingCode code = TrackingCode.generate(random);
        QueryPassword password = QueryPassword.generate(random);
        Instant at = clock.instant();
        String account = writer == null || form.anonymous() ? null : writer.username();
        Letter letter = Letter.submit(LetterId.random(), content, code, hasher.hash(code, password),
                Actor.writer(account, contact.name()), at, policy.deadlineAtSubmission(content, at, calendar));
        letters.add(letter);
        if (writer != null) {
            writers.add(letter.id().toString(), writer, at);
        }
        events.publish(letter);
        return new Receipt(code.toString(), password.grouped());
    }

    private static String normalised(String typed, java.util.function.UnaryOperator<String> normalise) {
        String text = blankToNull(typed);
        return text == null ? null : normalise.apply(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
