package io.zhengtong.exchange.receiving.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.delivery.InboxFilter;
import io.zhengtong.exchange.receiving.InboxItem;
import io.zhengtong.exchange.receiving.IncomingDocumentView;
import io.zhengtong.exchange.receiving.ReceivingDocuments;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/** The recipient unit's inbox (收文): only deliveries addressed to the caller's unit, others are 404. */
@RestController
@RequestMapping("/api/exchange/inbox")
class InboxController {

    /** {@code version}: optional, the one the caller read (409 if changed since). */
    record SignForRequest(@PositiveOrZero Long version) {
    }

    record ReturnRequest(@PositiveOrZero Long version, String reason) {
    }

    private final ReceivingDocuments receiving;

    InboxController(ReceivingDocuments receiving) {
        this.receiving = receiving;
    }

    /** One page of the inbox; {@code status} a tab name or label ({@link InboxFilter#parse}). */
    @GetMapping
    PageOf<InboxItem> inbox(CurrentUser user, @RequestParam(required = false) String status,
            @Valid PageQuery paging) {
        return receiving.inbox(user, InboxFilter.parse(status), paging);
    }

    /** Opens the document: shows the signature check and marks the copy read. */
    @GetMapping("/{id}")
    IncomingDocumentView open(CurrentUser user, @PathVariable UUID id) {
        return receiving.open(user, id);
    }

    @GetMapping("/{id}/files/{position}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable UUID id, @PathVariable int position) {
        return receiving.file(user, id, position).asAttachment();
    }

    @PostMapping("/{id}/sign-for")
    IncomingDocumentView signFor(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) SignForRequest request) {
        return receiving.signFor(user, id, request == null ? null : request.version());
    }

    @PostMapping("/{id}/return")
    IncomingDocumentView returnToSender(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ReturnRequest request) {
        return receiving.returnToSender(user, id, request.version(), request.reason());
    }
}
