package io.zhengtong.exchange.receiving.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.receiving.InboxItem;
import io.zhengtong.exchange.receiving.IncomingDocumentView;
import io.zhengtong.exchange.receiving.ReceivingDocuments;
import io.zhengtong.exchange.receiving.ReceivingDocuments.InboxFilter;
import io.zhengtong.platform.problem.DomainRuleViolation;
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

    @GetMapping
    List<InboxItem> inbox(CurrentUser user, @RequestParam(required = false) String status) {
        return receiving.inbox(user, parseFilter(status));
    }

    /** Opens the document: shows the signature check and marks the copy read. */
    @GetMapping("/{id}")
    IncomingDocumentView open(CurrentUser user, @PathVariable UUID id) {
        return receiving.open(user, id);
    }

    @GetMapping("/{id}/files/{position}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable UUID id, @PathVariable int position) {
        ReceivingDocuments.FileDownload download = receiving.file(user, id, position);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(download.file().mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(download.file().name(), StandardCharsets.UTF_8).build().toString())
            .body(download.content());
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

    private static InboxFilter parseFilter(String status) {
        if (status == null || status.isBlank()) {
            return InboxFilter.ALL;
        }
        return switch (status.strip()) {
            case "待签收" -> InboxFilter.PENDING;
            case "已签收" -> InboxFilter.SIGNED_FOR;
            case "已退回" -> InboxFilter.RETURNED;
            default -> {
                try {
                    yield InboxFilter.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw DomainRuleViolation.unprocessable("unknown-status", "状态不存在",
                            "收文状态只能是 PENDING（待签收）、SIGNED_FOR（已签收）、RETURNED（已退回）或 ALL。");
                }
            }
        };
    }
}
