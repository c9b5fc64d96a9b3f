package io.zhengtong.exchange.receiving;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.document.Organ;

/**
 * The sending unit's tracking board (发文跟踪) of one dispatched document: one row per recipient
 * whose copy arrived, in 份号 order. {@code copies} is how many were dispatched: fewer rows than
 * that means the fan-out has not delivered every copy yet.
 */
public record TrackingView(UUID documentId, String number, String title, int copies, Rate signForRate,
        List<Row> rows) {

    /** Signed for out of delivered copies; a returned copy counts as not signed for. */
    public record Rate(int signedFor, int delivered, BigDecimal percent, String label) {
    }

    /** One recipient; times are null where the step has not happened. */
    public record Row(Organ recipient, String kind, String copyNumber, String status, String statusLabel,
            Instant deliveredAt, Instant firstReadAt, String firstReadBy, Instant signedForAt, String signedForBy,
            Instant returnedAt, String returnReason, int reminders, Instant lastRemindedAt, Instant signForDueAt,
            Instant nextReminderAt, boolean overdue, ReceiptView receipt) {
    }
}
