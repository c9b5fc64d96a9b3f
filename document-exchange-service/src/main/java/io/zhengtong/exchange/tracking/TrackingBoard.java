package io.zhengtong.exchange.tracking;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.delivery.SignForReceipt;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.outgoing.RecipientKind;
import io.zhengtong.exchange.reminder.ReminderPolicy;

/**
 * The sending unit's view of one dispatched document (发文跟踪): each recipient's state, the
 * sign-for rate and who is overdue. A read model computed from the deliveries at {@code now}.
 *
 * @param rows one per recipient, in 份号 order
 */
public record TrackingBoard(UUID documentId, Instant at, List<Row> rows, SignForRate signForRate) {

    /**
     * One recipient. Times are null where the step has not happened.
     *
     * @param signForDueAt when the copy should be signed for (one reminder delay after delivery)
     * @param nextReminderAt the next automatic 催办, null once signed for or returned
     * @param overdue still pending after {@code signForDueAt}
     */
    public record Row(Organ recipient, RecipientKind kind, CopyNumber copyNumber, DeliveryStatus status,
            Instant deliveredAt, Instant firstReadAt, String firstReadBy, Instant signedForAt, String signedForBy,
            Instant returnedAt, String returnReason, int reminders, Instant signForDueAt, Instant nextReminderAt,
            boolean overdue) {
    }

    public TrackingBoard {
        rows = List.copyOf(rows);
    }

    public static TrackingBoard of(UUID documentId, List<Delivery> deliveries, ReminderPolicy policy, Instant now) {
        for (Delivery delivery : deliveries) {
            if (!delivery.key().documentId().equals(documentId)) {
                throw new IllegalArgumentException(delivery.key() + " is not a copy of " + documentId);
            }
        }
        List<Row> rows = deliveries.stream()
            .sorted(Comparator.comparingInt(d -> d.notice().copyNumber().value()))
            .map(d -> row(d, policy, now))
            .toList();
        int signed = (int) rows.stream().filter(r -> r.status() == DeliveryStatus.SIGNED_FOR).count();
        return new TrackingBoard(documentId, now, rows, new SignForRate(signed, rows.size()));
    }

    private static Row row(Delivery d, ReminderPolicy policy, Instant now) {
        SignForReceipt receipt = d.receipt().orElse(null);
        return new Row(d.notice().recipient(), d.notice().kind(), d.notice().copyNumber(), d.status(), d.deliveredAt(),
                d.firstReadAt().orElse(null), d.firstReadBy().orElse(null),
                receipt == null ? null : receipt.signedForAt(), receipt == null ? null : receipt.signedForByName(),
                d.returnedAt().orElse(null), d.returnReason().orElse(null), d.reminders().size(),
                policy.signForDueAt(d), policy.nextAutomaticReminderAt(d).orElse(null), policy.isOverdue(d, now));
    }

    /** The recipients past their sign-for due time, most overdue first. */
    public List<Row> overdue() {
        return rows.stream().filter(Row::overdue).sorted(Comparator.comparing(Row::signForDueAt)).toList();
    }

    public long count(DeliveryStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
