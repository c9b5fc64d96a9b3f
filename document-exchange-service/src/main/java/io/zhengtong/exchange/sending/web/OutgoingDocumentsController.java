package io.zhengtong.exchange.sending.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.audit.ChainVerification;
import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.exchange.sending.OutgoingDocumentView;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.exchange.sending.SendingDocuments.DraftCommand;
import io.zhengtong.exchange.sending.SendingDocuments.Step;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The sending unit's outgoing documents (发文): only the caller's own unit's, others are 404. */
@RestController
@RequestMapping("/api/exchange/outgoing")
class OutgoingDocumentsController {

    /** The version the caller saw (409 if someone changed the document since) and an optional opinion or remark. */
    record StepRequest(@NotNull @PositiveOrZero Long version, String remark) {
    }

    private final SendingDocuments sending;

    OutgoingDocumentsController(SendingDocuments sending) {
        this.sending = sending;
    }

    @PostMapping
    ResponseEntity<OutgoingDocumentView> draft(CurrentUser user, @RequestBody DraftCommand command) {
        OutgoingDocumentView created = sending.draft(user, command);
        return ResponseEntity.created(URI.create("/api/exchange/outgoing/" + created.id())).body(created);
    }

    /** One page of the unit's documents; {@code status} a name or label ({@link OutgoingStatus#parse}). */
    @GetMapping
    PageOf<OutgoingDocumentView> list(CurrentUser user, @RequestParam(required = false) String status,
            @Valid PageQuery paging) {
        return sending.list(user, OutgoingStatus.parse(status), paging);
    }

    @GetMapping("/{id}")
    OutgoingDocumentView get(CurrentUser user, @PathVariable UUID id) {
        return sending.get(user, id);
    }

    @PostMapping("/{id}/submit")
    OutgoingDocumentView submit(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
        return sending.act(user, id, Step.SUBMIT, request.version(), request.remark());
    }

    @PostMapping("/{id}/check")
    OutgoingDocumentView check(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
        return sending.act(user, id, Step.CHECK, request.version(), request.remark());
    }

    @PostMapping("/{id}/send-back")
    OutgoingDocumentView sendBack(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
        return sending.act(user, id, Step.SEND_BACK, request.version(), request.remark());
    }

    @PostMapping("/{id}/sign-off")
    OutgoingDocumentView signOff(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
        return sending.act(user, id, Step.SIGN_OFF, request.version(), request.remark());
    }

    @PostMapping("/{id}/dispatch")
    OutgoingDocumentView dispatch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
        return sending.act(user, id, Step.DISPATCH, request.version(), request.remark());
    }

    /** The body (0) or an attachment (1..n), decrypted. */
    @GetMapping("/{id}/files/{position}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable UUID id, @PathVariable int position) {
        return sending.file(user, id, position).asAttachment();
    }

    /** Whether the document's audit chain is intact. */
    @GetMapping("/{id}/audit")
    ChainVerification audit(CurrentUser user, @PathVariable UUID id) {
        return sending.verifyAudit(user, id);
    }
}
