package io.zhengtong.mailbox.letter;

import io.zhengtong.mailbox.tracking.TrackingCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a letter holds, so a persistence layer can store it and rebuild the same aggregate
 * ({@link Letter#snapshot()}, {@link Letter#restore(LetterSnapshot)}) without the domain knowing
 * about tables. Pending events are not part of it: they are taken by the use case.
 */
public record LetterSnapshot(LetterId id, LetterContent content, TrackingCode trackingCode, String queryPasswordHash,
        Instant submittedAt, String submittedBy, LetterType type, LetterStatus status, String rejectionReason,
        LetterId mergedInto, List<LetterId> duplicates, String designatedLeader, String designatedLeaderName,
        String instruction, Assignment assignment, LocalDate periodStart, int workingDays, int extensionDays,
        LocalDate dueDate, ExtensionRequest pendingExtension, String replyText, String replyDraftedBy,
        Instant answeredAt, Rating rating, Rating ratingBeforeReopen, String reopenReason, boolean reopened,
        Instant closedAt, List<HistoryEntry> history) {

    public LetterSnapshot {
        duplicates = List.copyOf(duplicates);
        history = List.copyOf(history);
    }
}
