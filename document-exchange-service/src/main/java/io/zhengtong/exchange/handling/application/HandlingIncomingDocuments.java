package io.zhengtong.exchange.handling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.audit.AuditTrail;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.events.HandlingEvents;
import io.zhengtong.exchange.handling.HandlingEvent;
import io.zhengtong.exchange.handling.HandlingAction;
import io.zhengtong.exchange.handling.IncomingHandling;
import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * 收文办理 on a copy the caller's unit received (addressed by the delivery id, as in the inbox):
 * another unit's copy is "not found". Each step is stored with the version check and appended to
 * the document's audit chain in the same transaction, and its event goes to the outbox in it too
 * ({@code exchange.handling}): a refused or rolled-back step leaves neither.
 */
@Service
public class HandlingIncomingDocuments {

    /** What a step carries: the opinion (or note), the handlers for 批办, the version the caller saw. */
    public record StepCommand(String opinion, List<String> handlers, Long version) {
    }

    private final Deliveries deliveries;
    private final IncomingHandlings handlings;
    private final NamingHandlers naming;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public HandlingIncomingDocuments(Deliveries deliveries, IncomingHandlings handlings, NamingHandlers naming,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.events = events;
        this.handlings = handlings;
        this.naming = naming;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public HandlingView view(CurrentUser user, UUID deliveryId) {
        Delivery delivery = delivery(user, deliveryId);
        return handlings.ofDelivery(deliveryId)
            .map(v -> HandlingView.of(v.handling(), v.version(), user))
            .orElseGet(() -> HandlingView.notRegistered(IncomingHandling.mayRegister(user, delivery)));
    }

    @Transactional
    public HandlingView act(CurrentUser user, UUID deliveryId, HandlingAction action, StepCommand command) {
        Delivery delivery = delivery(user, deliveryId);
        Optional<IncomingHandlings.Versioned> stored = handlings.ofDelivery(deliveryId);
        Instant now = clock.instant();
        if (action == HandlingAction.REGISTER) {
            if (stored.isPresent()) {
                throw DomainRuleViolation.conflict("already-registered", "公文已登记",
                        "这份公文已于此前登记，当前为“" + stored.get().handling().status().label() + "”。");
            }
            IncomingHandling handling = IncomingHandling.register(UUID.randomUUID(), delivery, user,
                    command.opinion(), now);
            handlings.add(deliveryId, handling);
            appendToAudit(handling, 0);
            publish(deliveryId, delivery, handling);
            return HandlingView.of(handling, 0, user);
        }
        IncomingHandlings.Versioned loaded = stored.orElseThrow(() -> DomainRuleViolation.conflict("not-registered",
                "公文尚未登记", "请先登记这份公文，再" + action.label() + "。"));
        if (command.version() != null && command.version() != loaded.version()) {
            throw new ObjectOptimisticLockingFailureException(IncomingHandling.class, loaded.handling().id());
        }
        IncomingHandling handling = loaded.handling();
        int before = handling.steps().size();
        switch (action) {
            case PROPOSE -> handling.propose(user, command.opinion(), now);
            // The directory is asked only for a caller who may instruct now: anyone else gets the
            // 403/409 of the transition, even while Keycloak is away.
            case INSTRUCT -> handling.instruct(user, command.opinion(),
                    handling.allowedActions(user).contains(HandlingAction.INSTRUCT)
                            ? naming.assignees(handling.unitCode(), command.handlers()) : List.of(), now);
            case FINISH -> handling.finishPart(user, command.opinion(), now);
            case COMPLETE -> handling.complete(user, command.opinion(), now);
            case ARCHIVE -> handling.archive(user, command.opinion(), now);
            case REGISTER -> throw new IllegalStateException("handled above");
        }
        long version = handlings.save(handling, loaded.version());
        appendToAudit(handling, before);
        publish(deliveryId, delivery, handling);
        return HandlingView.of(handling, version, user);
    }

    private void appendToAudit(IncomingHandling handling, int from) {
        List<HistoryEntry> steps = handling.steps();
        audit.appendAll(handling.documentId().toString(), steps.subList(from, steps.size()));
    }

    private void publish(UUID deliveryId, Delivery delivery, IncomingHandling handling) {
        for (HandlingEvent event : handling.pullEvents()) {
            events.publishEvent(HandlingEvents.of(deliveryId, delivery.notice(), event));
        }
    }

    private Delivery delivery(CurrentUser user, UUID deliveryId) {
        String unit = user.unitCode();
        return (unit == null ? Optional.<Deliveries.Stored>empty() : deliveries.findForRecipient(deliveryId, unit))
            .map(Deliveries.Stored::delivery)
            .orElseThrow(() -> DomainRuleViolation.notFound("incoming-document-not-found", "本单位没有收到这份公文。"));
    }
}
