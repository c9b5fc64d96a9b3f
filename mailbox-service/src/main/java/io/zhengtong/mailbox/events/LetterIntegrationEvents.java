package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.ExtensionRequest;
import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterEvent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns what the aggregate recorded into the mailbox's public events and publishes them inside the
 * caller's transaction, so the outbox stores them with the letter's new state. Called once per
 * use case, right after the transition (the letter's state then is the state after the event).
 */
@Component
public class LetterIntegrationEvents {

    private final ApplicationEventPublisher publisher;

    public LetterIntegrationEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes the events the letter recorded since it was loaded and clears them. */
    public void publish(Letter letter) {
        for (LetterEvent event : letter.takeEvents()) {
            publisher.publishEvent(of(letter, event));
        }
    }

    /** The public event for one recorded event; every name the aggregate records has one. */
    static IntegrationEvent of(Letter letter, LetterEvent event) {
        UUID id = UUID.randomUUID();
        String key = letter.id().toString();
        Instant at = event.occurredAt();
        LetterFacts facts = LetterFacts.of(letter);
        List<HistoryEntry> history = letter.history();
        ActedBy by = ActedBy.of(history.get(history.size() - 1));
        return switch (event.name()) {
            case "LetterSubmitted" -> new LetterSubmitted(id, key, at, facts, by);
            case "LetterAccepted" -> new LetterAccepted(id, key, at, facts, by);
            case "LetterRejected" -> new LetterRejected(id, key, at, facts, by);
            case "LetterMerged" -> new LetterMerged(id, key, at, facts, by,
                    letter.mergedInto().map(LetterId::toString).orElse(null));
            case "LetterForwardedToLeader" -> new LetterForwardedToLeader(id, key, at, facts, by);
            case "LetterWithdrawnFromLeader" -> LetterWithdrawnFromLeader.of(id, key, at, facts, by, event.withdrawal());
            case "LetterAssigned" -> new LetterAssigned(id, key, at, facts, by);
            case "LetterInstructed" -> new LetterInstructed(id, key, at, facts, by);
            case "LetterSignedFor" -> new LetterSignedFor(id, key, at, facts, by);
            case "LetterReturned" -> new LetterReturned(id, key, at, facts, by);
            case "LetterExtensionRequested" -> new LetterExtensionRequested(id, key, at, facts, by,
                    letter.pendingExtension().map(ExtensionRequest::workingDays).orElse(0));
            case "LetterExtensionGranted" -> new LetterExtensionGranted(id, key, at, facts, by);
            case "LetterExtensionRefused" -> new LetterExtensionRefused(id, key, at, facts, by);
            case "LetterReplySubmitted" -> new LetterReplySubmitted(id, key, at, facts, by);
            case "LetterReplied" -> new LetterReplied(id, key, at, facts, by, letter.answeredAt().orElse(at),
                    letter.dueDate().map(due -> !WorkingDayCalendar.dateOf(letter.answeredAt().orElse(at)).isAfter(due))
                        .orElse(true));
            case "LetterReplySentBack" -> new LetterReplySentBack(id, key, at, facts, by);
            case "LetterRated" -> new LetterRated(id, key, at, facts, by, letter.rating().map(Rating::name).orElse(null));
            case "LetterReopened" -> new LetterReopened(id, key, at, facts, by);
            case "LetterClosed" -> new LetterClosed(id, key, at, facts, by, letter.rating().map(Rating::name).orElse(null));
            case "LetterDeadlineRecomputed" -> new LetterDeadlineRecomputed(id, key, at, facts, by);
            case "LetterAssistingOpinionRecorded" -> new LetterAssistingOpinionRecorded(id, key, at, facts, by);
            default -> throw new IllegalStateException("No public event for " + event.name());
        };
    }
}
