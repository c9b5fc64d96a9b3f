package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.LetterEvent.LeaderWithdrawal;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The dispatcher or a supervisor took it back from the leader it waited for (撤回/改派); it is accepted
 * again and {@code letter.designatedLeader} is empty, so the event names the leader itself.
 * Public contract (README, Events): fields are only added, nullable, so a reader of the older shape
 * keeps working (events published before {@code leader} was added lack the last three).
 *
 * @param leader the username of the leader it was taken back from
 * @param leaderName that leader's name as the dispatcher picked them from the directory, {@code null} when unknown
 * @param reason the reason the dispatcher or supervisor gave (staff's words about handling, never the writer's data)
 */
@EventContract(type = "zhengtong.mailbox.letter.withdrawn-from-leader.v1", topic = LetterTopic.TOPIC)
public record LetterWithdrawnFromLeader(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by,
        String leader, String leaderName, String reason) implements IntegrationEvent {

    static LetterWithdrawnFromLeader of(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by,
            LeaderWithdrawal withdrawal) {
        return withdrawal == null ? new LetterWithdrawnFromLeader(eventId, aggregateId, occurredAt, letter, by, null, null, null)
                : new LetterWithdrawnFromLeader(eventId, aggregateId, occurredAt, letter, by, withdrawal.leader(),
                        withdrawal.leaderName(), withdrawal.reason());
    }
}
