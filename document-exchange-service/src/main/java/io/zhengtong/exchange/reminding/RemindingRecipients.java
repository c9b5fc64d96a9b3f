package io.zhengtong.exchange.reminding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.exchange.receiving.DeliveryChanges;
import io.zhengtong.exchange.receiving.OutgoingTracking;
import io.zhengtong.exchange.receiving.TrackingView;
import io.zhengtong.exchange.sending.OutgoingDocuments;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * 人工催办: a clerk of the sending unit reminds recipients that have not signed for a document
 * yet, all of them or the ones named. All or nothing: a named recipient that already signed for
 * or returned its copy refuses the whole request (409) and nobody is reminded.
 */
@Service
public class RemindingRecipients {

    private final OutgoingDocuments documents;
    private final Deliveries deliveries;
    private final DeliveryChanges changes;
    private final OutgoingTracking tracking;
    private final Clock clock;

    RemindingRecipients(OutgoingDocuments documents, Deliveries deliveries, DeliveryChanges changes,
            OutgoingTracking tracking, Clock clock) {
        this.documents = documents;
        this.deliveries = deliveries;
        this.changes = changes;
        this.tracking = tracking;
        this.clock = clock;
    }

    /**
     * Reminds the named recipients (unit codes), or every pending one when none are named;
     * answers the board as it is afterwards.
     */
    @Transactional
    public TrackingView remind(CurrentUser clerk, UUID documentId, List<String> recipients, String message) {
        if (clerk.unitCode() == null || documents.find(documentId, clerk.unitCode()).isEmpty()) {
            throw DomainRuleViolation.notFound("outgoing-document-not-found", "本单位没有这份发文。");
        }
        ExchangeRoles.require(clerk, clerk.unitCode(), "催办", ExchangeRoles.STAFF);
        Map<String, Deliveries.Stored> byRecipient = deliveries.ofDocument(documentId).stream()
            .collect(Collectors.toMap(s -> s.delivery().key().recipientUnitCode(), Function.identity()));
        List<Deliveries.Stored> chosen = new ArrayList<>();
        if (recipients == null || recipients.stream().allMatch(r -> r == null || r.isBlank())) {
            byRecipient.values().stream().filter(s -> s.delivery().status().isPending()).forEach(chosen::add);
            if (chosen.isEmpty()) {
                throw DomainRuleViolation.conflict("nothing-to-remind", "没有需要催办的单位",
                        "这份公文的收文单位都已签收或退回，无需催办。");
            }
        } else {
            for (String code : new LinkedHashSet<>(recipients)) {
                Deliveries.Stored stored = byRecipient.get(code == null ? "" : code.strip());
                if (stored == null) {
                    throw DomainRuleViolation.unprocessable("not-a-recipient", "不是收文单位",
                            "“" + code + "”不是这份公文已送达的收文单位。");
                }
                chosen.add(stored);
            }
        }
        Instant now = clock.instant();
        for (Deliveries.Stored stored : chosen) {
            Delivery delivery = stored.delivery();
            int before = delivery.history().size();
            delivery.remindManually(clerk, message, now); // 409 for a copy signed for or returned: all rolls back
            changes.save(stored, delivery, before);
        }
        return tracking.board(clerk, documentId);
    }
}
