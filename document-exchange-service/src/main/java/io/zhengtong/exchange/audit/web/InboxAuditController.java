package io.zhengtong.exchange.audit.web;

import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.audit.AuditTrail;
import io.zhengtong.exchange.audit.ChainVerification;
import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The audit chain check for a recipient (by its inbox id): the same answer the sender gets for
 * the whole document's chain; a copy not addressed to the caller's unit is "not found".
 */
@RestController
class InboxAuditController {

    private final Deliveries deliveries;
    private final AuditTrail audit;

    InboxAuditController(Deliveries deliveries, AuditTrail audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    @GetMapping("/api/exchange/inbox/{id}/audit")
    @Transactional(readOnly = true)
    ChainVerification audit(CurrentUser user, @PathVariable UUID id) {
        String unit = user.unitCode();
        Deliveries.Stored stored = (unit == null ? java.util.Optional.<Deliveries.Stored>empty()
                : deliveries.findForRecipient(id, unit))
            .orElseThrow(() -> DomainRuleViolation.notFound("incoming-document-not-found", "本单位没有收到这份公文。"));
        return audit.verify(stored.delivery().key().documentId().toString());
    }
}
