package io.zhengtong.exchange.receiving;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.Reminder;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.exchange.sending.OutgoingDocuments;
import io.zhengtong.exchange.tracking.SignForRate;
import io.zhengtong.exchange.tracking.TrackingBoard;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/** The sender's board: only the sending unit sees it (another unit's document is 404). */
@Service
public class OutgoingTracking {

    private final OutgoingDocuments documents;
    private final Deliveries deliveries;
    private final ReceiptSignatures receipts;
    private final ReminderPolicy policy;
    private final Clock clock;

    OutgoingTracking(OutgoingDocuments documents, Deliveries deliveries, ReceiptSignatures receipts,
            ReminderPolicy policy, Clock clock) {
        this.documents = documents;
        this.deliveries = deliveries;
        this.receipts = receipts;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TrackingView board(CurrentUser user, UUID id) {
        OutgoingDocument document = (user.unitCode() == null ? java.util.Optional.<OutgoingDocuments.Versioned>empty()
                : documents.find(id, user.unitCode()))
            .orElseThrow(() -> DomainRuleViolation.notFound("outgoing-document-not-found", "本单位没有这份发文。"))
            .document();
        List<Deliveries.Stored> stored = deliveries.ofDocument(id);
        Map<String, Deliveries.Stored> byRecipient = stored.stream()
            .collect(Collectors.toMap(s -> s.delivery().key().recipientUnitCode(), Function.identity()));
        TrackingBoard board = TrackingBoard.of(id, stored.stream().map(Deliveries.Stored::delivery).toList(), policy,
                clock.instant());
        SignForRate rate = board.signForRate();
        return new TrackingView(id, document.metadata().map(m -> m.number().formatted()).orElse(null),
                document.content().title(), document.copies().size(),
                new TrackingView.Rate(rate.signedFor(), rate.delivered(), rate.percent(), rate.label()),
                board.rows().stream().map(row -> {
                    Deliveries.Stored s = byRecipient.get(row.recipient().code());
                    Delivery d = s.delivery();
                    ReceiptView receipt = d.receipt()
                        .map(r -> ReceiptView.of(r, s.receiptSignature(), s.receiptCertificate(),
                                receipts.verify(r, s.receiptSignature(), s.receiptCertificate())))
                        .orElse(null);
                    return new TrackingView.Row(row.recipient(), row.kind().name(), row.copyNumber().formatted(),
                            row.status().name(), row.status().label(), row.deliveredAt(), row.firstReadAt(),
                            row.firstReadBy(), row.signedForAt(), row.signedForBy(), row.returnedAt(),
                            row.returnReason(), row.reminders(), d.lastReminder().map(Reminder::at).orElse(null),
                            row.signForDueAt(), row.nextReminderAt(),
                            row.overdue(), receipt);
                }).toList());
    }
}
