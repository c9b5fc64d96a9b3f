package io.zhengtong.exchange.handling.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.handling.HandlingAction;
import io.zhengtong.exchange.handling.application.HandlingIncomingDocuments;
import io.zhengtong.exchange.handling.application.HandlingIncomingDocuments.StepCommand;
import io.zhengtong.exchange.handling.application.HandlingView;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/** 收文办理 of a received copy (by its inbox id): only the receiving unit, only after 签收. */
@RestController
@RequestMapping("/api/exchange/inbox/{id}/handling")
class HandlingController {

    /** {@code handlers}: usernames, for 批办 only; {@code version}: optional, the one the caller saw (409 if changed). */
    record StepRequest(String opinion, List<String> handlers, @PositiveOrZero Long version) {
    }

    private final HandlingIncomingDocuments handling;

    HandlingController(HandlingIncomingDocuments handling) {
        this.handling = handling;
    }

    @GetMapping
    HandlingView view(CurrentUser user, @PathVariable UUID id) {
        return handling.view(user, id);
    }

    @PostMapping("/{action}")
    HandlingView act(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @Valid @RequestBody(required = false) StepRequest request) {
        HandlingAction step = HandlingAction.ofPath(action).orElseThrow(() -> DomainRuleViolation.notFound(
                "unknown-handling-action", "办理环节只能是 register、propose、instruct、finish、complete 或 archive。"));
        StepRequest body = request == null ? new StepRequest(null, null, null) : request;
        return handling.act(user, id, step, new StepCommand(body.opinion(), body.handlers(), body.version()));
    }
}
