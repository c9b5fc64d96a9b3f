package io.zhengtong.mailbox.citizen;

import io.zhengtong.mailbox.deadline.LetterDeadline;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.publication.PublicText;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.QueryPasswordHashes;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.QueryPassword;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen, holding a letter's tracking code and query password, reads where it stands, rates
 * the reply and may ask once to reopen it. An unknown code and a wrong password get the same 404,
 * so nobody learns which codes exist.
 */
@Service
public class TrackingLetters {

    private final Letters letters;
    private final QueryPasswordHasher hasher;
    private final WorkingDayCalendar calendar;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final LetterIntegrationEvents events;
    private final QueryPasswordHashes storedHashes;
    // Compared against when the code is unknown, so both answers compute one keyed hash.
    private final String decoyHash;

    public TrackingLetters(Letters letters, QueryPasswordHasher hasher, WorkingDayCalendar calendar,
            OrganisationDirectory directory, Clock clock, SecureRandom random, LetterIntegrationEvents events,
            QueryPasswordHashes storedHashes) {
        this.events = events;
        this.letters = letters;
        this.hasher = hasher;
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
        this.storedHashes = storedHashes;
        this.decoyHash = hasher.hash(TrackingCode.generate(random), QueryPassword.generate(random));
    }

    /** What the citizen's letter page shows. */
    public record LetterView(String trackingCode, String mailbox, String type, String typeLabel, String subject,
            String content, String status, String statusLabel, Instant submittedAt, String handlingUnit,
            String handlingUnitName, LocalDate dueDate, String dueDateExplanation, String rejectionReason, String reply,
            Instant answeredAt, String rating, String ratingLabel, boolean mayRate, boolean mayReopen,
            MergedOriginal mergedWith) {
    }

    /**
     * For a letter merged as a duplicate ({@code MERGED}), the letter on the same matter it was
     * merged with: that letter's handling, which answers this one too. Nothing that is its writer's:
     * no tracking code, subject, content, contact or rating; the released reply with that writer's
     * personal data masked as on the public pages ({@link PublicText}). The duplicate's writer does
     * not rate (the original's writer does), so the page says so.
     */
    public record MergedOriginal(String status, String statusLabel, String handlingUnit, String handlingUnitName,
            LocalDate dueDate, String dueDateExplanation, String rejectionReason, String reply, Instant answeredAt) {
    }

    // A letter merged into one that was itself merged later: followed this far at most.
    private static final int MAX_MERGE_HOPS = 10;

    // Not read-only: the first read of a letter with a legacy BCrypt hash stores the keyed one.
    @Transactional
    public LetterView view(String typedCode, String typedPassword) {
        // The page shows no history: the letter is read without it (one statement, no joins).
        return toView(open(typedCode, typedPassword, letters::readWithoutHistory).letter());
    }

    @Transactional
    public LetterView rate(String typedCode, String typedPassword, Rating rating, String remark) {
        return rate(open(typedCode, typedPassword), rating, remark);
    }

    @Transactional
    public LetterView reopen(String typedCode, String typedPassword, String reason) {
        return reopen(open(typedCode, typedPassword), reason);
    }

    /** The citizen proved access to {@code stored} (password or account) before this is called. */
    LetterView rate(StoredLetter stored, Rating rating, String remark) {
        Letter letter = stored.letter();
        letter.rate(Actor.citizen(letter.trackingCode()), clock.instant(), rating, remark);
        letters.update(letter, stored.version());
        events.publish(letter);
        return toView(letter);
    }

    LetterView reopen(StoredLetter stored, String reason) {
        Letter letter = stored.letter();
        letter.reopen(Actor.citizen(letter.trackingCode()), clock.instant(), reason, calendar);
        letters.update(letter, stored.version());
        events.publish(letter);
        return toView(letter);
    }

    /** The same 404 for a code that is unknown, a wrong password, and a letter that is not the account's. */
    static DomainRuleViolation notFound() {
        return DomainRuleViolation.notFound("letter-not-found", "查询码或查询密码不正确，请核对回执后重新输入。");
    }

    private StoredLetter open(String typedCode, String typedPassword) {
        return open(typedCode, typedPassword, letters::findByTrackingCode);
    }

    private StoredLetter open(String typedCode, String typedPassword, Function<TrackingCode, Optional<StoredLetter>> reading) {
        // A mistyped code is refused with the reason (422): that reveals nothing about which letters exist.
        TrackingCode code = TrackingCode.parse(typedCode);
        Optional<StoredLetter> found = reading.apply(code);
        String hash = found.map(s -> s.letter().queryPasswordHash()).orElse(decoyHash);
        boolean matches = hasher.matches(code, typedPassword, hash);
        if (found.isEmpty() || !matches) {
            throw notFound();
        }
        if (QueryPasswordHasher.isLegacy(hash)) {
            // Checked by BCrypt once more; from now on by the keyed hash.
            storedHashes.upgrade(found.get().letter().id(), hash, hasher.hash(code, QueryPassword.typed(typedPassword)));
        }
        return found.get();
    }

    LetterView toView(Letter letter) {
        String unit = handlingUnit(letter);
        String unitName = unitName(unit);
        LocalDate due = letter.dueDate().orElse(null);
        String explanation = LetterDeadline.of(letter, calendar).map(LetterDeadline::explanation).orElse(null);
        boolean answered = isAnswered(letter);
        return new LetterView(letter.trackingCode().toString(), letter.mailbox().name(), letter.type().name(),
                letter.type().label(), letter.content().subject(), letter.content().body(), letter.status().name(),
                letter.status().label(), letter.submittedAt(), unit, unitName, due, explanation,
                letter.rejectionReason().orElse(null), answered ? letter.replyText().orElse(null) : null,
                answered ? letter.answeredAt().orElse(null) : null, letter.rating().map(Rating::name).orElse(null),
                letter.rating().map(Rating::label).orElse(null), letter.mayBeRated(), letter.mayBeReopened(),
                mergedWith(letter).orElse(null));
    }

    private Optional<MergedOriginal> mergedWith(Letter letter) {
        Letter original = letter;
        for (int hop = 0; hop < MAX_MERGE_HOPS && original.status() == LetterStatus.MERGED; hop++) {
            Optional<Letter> next = original.mergedInto().flatMap(letters::find).map(StoredLetter::letter);
            if (next.isEmpty()) {
                break;
            }
            original = next.get();
        }
        if (original == letter) {
            return Optional.empty();
        }
        String unit = handlingUnit(original);
        boolean answered = isAnswered(original);
        return Optional.of(new MergedOriginal(original.status().name(), original.status().label(), unit, unitName(unit),
                original.dueDate().orElse(null),
                LetterDeadline.of(original, calendar).map(LetterDeadline::explanation).orElse(null),
                original.rejectionReason().orElse(null), answered ? PublicText.of(original).reply() : null,
                answered ? original.answeredAt().orElse(null) : null));
    }

    private static String handlingUnit(Letter letter) {
        return letter.assignment().map(a -> a.leadUnit()).orElse(null);
    }

    private String unitName(String unit) {
        return unit == null ? null : directory.unit(unit).map(Unit::fullName).orElse(unit);
    }

    /** The reply is the citizen's once released: answered, or closed after an answer. */
    private static boolean isAnswered(Letter letter) {
        return letter.answeredAt().isPresent()
                && (letter.status() == LetterStatus.ANSWERED || letter.status() == LetterStatus.CLOSED);
    }
}
