package io.zhengtong.mailbox.duplicate;

import io.zhengtong.mailbox.events.LetterSubmitted;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.store.Letters;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores each new letter's fingerprint and finds the letters that look like it: same phone, same
 * e-mail or the same normalised text, in a mailbox of the same unit, within the window (30 days by
 * default, {@code zhengtong.mailbox.duplicates.window-days}). Rejected and merged letters are no
 * candidates: they are done with and cannot take a duplicate.
 */
@Component
public class LetterFingerprints {

    private static final Set<LetterStatus> NO_CANDIDATE = EnumSet.of(LetterStatus.REJECTED_INVALID, LetterStatus.MERGED);

    private final NamedParameterJdbcTemplate jdbc;
    private final Letters letters;
    private final Fingerprinter fingerprinter;
    private final Duration window;

    public LetterFingerprints(NamedParameterJdbcTemplate jdbc, Letters letters,
            @Value("${zhengtong.mailbox.personal-data-key}") String personalDataKey,
            @Value("${zhengtong.mailbox.duplicates.window-days:30}") int windowDays) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.fingerprinter = new Fingerprinter(personalDataKey);
        this.window = Duration.ofDays(windowDays);
    }

    /** A letter that looks like another one, and why. */
    public record Candidate(LetterId id, Set<DuplicateReason> reasons) {
    }

    /**
     * Runs inside the submission's transaction (a plain listener of the event the use case
     * publishes), so a letter is never stored without its fingerprint.
     */
    @EventListener
    void onSubmitted(LetterSubmitted submitted) {
        letters.find(new LetterId(UUID.fromString(submitted.aggregateId()))).ifPresent(stored -> record(stored.letter()));
    }

    void record(Letter letter) {
        Fingerprint print = fingerprinter.of(letter.content());
        int candidates = search(letter.id(), letter.mailbox().ownerUnit(), print, letter.submittedAt().minus(window),
                letter.submittedAt()).size();
        jdbc.update("""
                INSERT INTO letter_fingerprint (letter_id, owner_unit, submitted_at, phone_hash, email_hash, text_hash,
                    candidates_at_submission)
                VALUES (:id, :unit, :at, :phone, :email, :text, :candidates)""",
                new MapSqlParameterSource("id", letter.id().toString()).addValue("unit", letter.mailbox().ownerUnit())
                    .addValue("at", Timestamp.from(letter.submittedAt())).addValue("phone", print.phoneHash())
                    .addValue("email", print.emailHash()).addValue("text", print.textHash())
                    .addValue("candidates", candidates));
        if (candidates > 0) {
            // 疑似重复 travels with the letter (V68), so reading it costs no statement of its own.
            jdbc.update("UPDATE letter SET suspected_duplicate = TRUE WHERE id = :id",
                    new MapSqlParameterSource("id", letter.id().toString()));
        }
    }

    /** The letters that look like this one, written up to the window before or after it, newest first. */
    public List<Candidate> candidatesOf(Letter letter) {
        Fingerprint print = fingerprinter.of(letter.content());
        return search(letter.id(), letter.mailbox().ownerUnit(), print, letter.submittedAt().minus(window),
                letter.submittedAt().plus(window));
    }

    private List<Candidate> search(LetterId self, String unit, Fingerprint print, Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource("self", self.toString()).addValue("unit", unit)
            .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to))
            .addValue("phone", print.phoneHash()).addValue("email", print.emailHash()).addValue("text", print.textHash())
            .addValue("ended", NO_CANDIDATE.stream().map(Enum::name).toList());
        Map<String, Set<DuplicateReason>> found = new LinkedHashMap<>();
        // The newest 50 by each of the three hashes, then the newest 50 of those: each part reads its
        // index backwards and stops at 50. One query ORing the three read every match in the window
        // and sorted them, 130 ms for a phone number on 7,000 letters (a busy writer, or abuse).
        jdbc.query("""
                (%1$s f.phone_hash = :phone %2$s)
                UNION
                (%1$s f.email_hash = :email %2$s)
                UNION
                (%1$s f.text_hash = :text %2$s)
                ORDER BY submitted_at DESC
                LIMIT 50""".formatted("""
                SELECT f.letter_id, f.submitted_at, f.phone_hash, f.email_hash, f.text_hash FROM letter_fingerprint f
                JOIN letter l ON l.id = f.letter_id
                WHERE""", """
                AND f.submitted_at BETWEEN :from AND :to AND f.owner_unit = :unit AND f.letter_id <> :self
                  AND l.status NOT IN (:ended)
                ORDER BY f.submitted_at DESC
                LIMIT 50"""), params, rs -> {
            Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
            if (print.phoneHash() != null && print.phoneHash().equals(rs.getString("phone_hash"))) {
                reasons.add(DuplicateReason.SAME_PHONE);
            }
            if (print.emailHash() != null && print.emailHash().equals(rs.getString("email_hash"))) {
                reasons.add(DuplicateReason.SAME_EMAIL);
            }
            if (Objects.equals(print.textHash(), rs.getString("text_hash"))) {
                reasons.add(DuplicateReason.SAME_TEXT);
            }
            found.put(rs.getString("letter_id"), reasons);
        });
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((id, reasons) -> candidates.add(new Candidate(new LetterId(UUID.fromString(id)), reasons)));
        return candidates;
    }
}
