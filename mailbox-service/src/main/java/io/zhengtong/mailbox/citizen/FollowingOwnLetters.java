package io.zhengtong.mailbox.citizen;

import io.zhengtong.mailbox.citizen.TrackingLetters.LetterView;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.store.ListedLetter;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的来信: a logged-in citizen lists the letters they wrote logged in and opens, rates and
 * reopens them without the query password. Only ever their own: authorised by the token's subject
 * against the letter's recorded writer, never by a role (staff accounts have their own letters
 * here too, nobody else's). Anyone else's letter, an anonymous visitor's letter and an unknown
 * code all get the same 404.
 */
@Service
public class FollowingOwnLetters {

    private final LetterWriters writers;
    private final Letters letters;
    private final TrackingLetters tracking;

    FollowingOwnLetters(LetterWriters writers, Letters letters, TrackingLetters tracking) {
        this.writers = writers;
        this.letters = letters;
        this.tracking = tracking;
    }

    /** One line of 我的来信. {@code dueDate} is set from submission; a refused or merged letter has none. */
    public record OwnLetter(String trackingCode, String subject, String mailbox, String mailboxName, String type,
            String typeLabel, String status, String statusLabel, Instant submittedAt, LocalDate dueDate) {

        static OwnLetter of(ListedLetter listed) {
            return new OwnLetter(TrackingCode.parse(listed.trackingCode()).toString(), listed.subject(),
                    listed.mailboxCode(), listed.mailboxName(), listed.type().name(), listed.type().label(),
                    listed.status().name(), listed.status().label(), listed.submittedAt(), listed.dueDate());
        }
    }

    public record OwnLetters(List<OwnLetter> content, int page, int size, long totalElements, int totalPages) {
    }

    @Transactional(readOnly = true)
    public OwnLetters list(CitizenAccount account, int page, int size) {
        long total = writers.countOf(account.subject());
        List<String> ids = writers.idsOf(account.subject(), page, size);
        List<OwnLetter> lines = letters.listed(ids).stream().map(OwnLetter::of).toList();
        return new OwnLetters(lines, page, size, total, (int) ((total + size - 1) / size));
    }

    @Transactional(readOnly = true)
    public LetterView view(CitizenAccount account, String typedCode) {
        return tracking.toView(open(account, typedCode).letter());
    }

    @Transactional
    public LetterView rate(CitizenAccount account, String typedCode, Rating rating, String remark) {
        return tracking.rate(open(account, typedCode), rating, remark);
    }

    @Transactional
    public LetterView reopen(CitizenAccount account, String typedCode, String reason) {
        return tracking.reopen(open(account, typedCode), reason);
    }

    private StoredLetter open(CitizenAccount account, String typedCode) {
        if (!TrackingCode.isWellFormed(typedCode)) {
            throw notYours();
        }
        return letters.findByTrackingCode(TrackingCode.parse(typedCode))
            .filter(stored -> writers.wrote(account.subject(), stored.letter().id().toString()))
            .orElseThrow(FollowingOwnLetters::notYours);
    }

    private static DomainRuleViolation notYours() {
        return DomainRuleViolation.notFound("letter-not-found", "您的来信中没有这封信。请核对查询码，或凭回执上的查询码和查询密码查询。");
    }
}
