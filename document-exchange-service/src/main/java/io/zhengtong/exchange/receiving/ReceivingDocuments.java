package io.zhengtong.exchange.receiving;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.InboxFilter;
import io.zhengtong.exchange.delivery.SignForReceipt;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.sending.DocumentFiles;
import io.zhengtong.exchange.sending.FileDownload;
import io.zhengtong.exchange.sending.OutgoingDocuments;
import io.zhengtong.exchange.sending.StoredFile;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The recipient unit's use cases: inbox, opening (with the signature check), downloading, 签收
 * and 退回. Every one starts by loading the delivery addressed to the caller's unit: a document
 * not addressed to it is "not found", whatever the endpoint, so its existence does not leak.
 */
@Service
public class ReceivingDocuments {

    private final Deliveries deliveries;
    private final OutgoingDocuments documents;
    private final DocumentFiles files;
    private final ReceiptSignatures receipts;
    private final DeliveryChanges changes;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public ReceivingDocuments(Deliveries deliveries, OutgoingDocuments documents, DocumentFiles files,
            ReceiptSignatures receipts, DeliveryChanges changes, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.documents = documents;
        this.files = files;
        this.receipts = receipts;
        this.changes = changes;
        this.clock = clock;
    }

    /** One page of the caller's unit's inbox, urgent first, then newest first. */
    @Transactional(readOnly = true)
    public PageOf<InboxItem> inbox(CurrentUser user, InboxFilter filter, PageQuery page) {
        if (user.unitCode() == null) {
            return PageOf.empty(page);
        }
        return PageOf.of(deliveries.inbox(user.unitCode(), filter.statuses(), page).stream().map(InboxItem::of).toList(),
                page, deliveries.countInbox(user.unitCode(), filter.statuses()));
    }

    /**
     * 阅读: shows the document with its signature check. Only the first opening of the copy is
     * written (status, who and when, one READ line on the audit chain); later openings read only,
     * so a colleague's opening never turns someone's sign-for into a conflict. The check shown is
     * the remembered one while nothing it covers changed ({@link DocumentFiles#check}); it runs
     * after the short write, so a full check (decrypting every file) holds no connection.
     */
    public IncomingDocumentView open(CurrentUser user, UUID id) {
        Deliveries.Stored stored = transactions.execute(status -> markRead(user, id));
        OutgoingDocument document = documentOf(stored.delivery());
        return view(stored, document, files.check(document));
    }

    private Deliveries.Stored markRead(CurrentUser user, UUID id) {
        Deliveries.Stored stored = load(user, id);
        for (int attempt = 1; ; attempt++) {
            Delivery delivery = stored.delivery();
            int before = delivery.history().size();
            if (!delivery.open(user, clock.instant())) {
                return stored;
            }
            try {
                return changes.save(stored, delivery, before);
            } catch (ObjectOptimisticLockingFailureException changed) {
                // a colleague opened it (or signed for it) at the same moment: theirs counts as the first reading
                if (attempt == 3) {
                    throw changed;
                }
                stored = load(user, id);
            }
        }
    }

    /** The body (0) or an attachment (1..n), decrypted: only for staff of the addressed unit. */
    @Transactional(readOnly = true)
    public FileDownload file(CurrentUser user, UUID id, int position) {
        Delivery delivery = load(user, id).delivery();
        ExchangeRoles.require(user, delivery.key().recipientUnitCode(), "阅读公文", ExchangeRoles.STAFF);
        UUID documentId = delivery.key().documentId();
        StoredFile file = documents.filesOf(documentId).stream().filter(f -> f.position() == position).findFirst()
            .orElseThrow(() -> DomainRuleViolation.notFound("file-not-found", "该公文没有这个文件。"));
        return new FileDownload(file, files.decrypted(documentId, position));
    }

    /**
     * 签收: the signature is checked again in full (an altered file or metadata blocks it), the
     * receipt is signed with the receiving unit's key and kept for the sender's board. Decrypting
     * and verifying happen before the write transaction, holding no connection beyond short
     * reads; the transaction then locks the copy and records the sign-for only if what was
     * verified is still what is stored (same fingerprint), else the check runs again.
     */
    public IncomingDocumentView signFor(CurrentUser user, UUID id, Long version) {
        for (int attempt = 1; ; attempt++) {
            // a copy not addressed to the caller is 404, a changed version 409, before any decrypting
            UUID documentId = load(user, id, version).delivery().key().documentId();
            DocumentFiles.FullCheck check = files.verifyInFull(documentId);
            Optional<IncomingDocumentView> signed = transactions.execute(status -> recordSignFor(user, id, version, check));
            if (signed.isPresent()) {
                return signed.get();
            }
            if (attempt == 3) {
                throw DomainRuleViolation.conflict("document-changing", "公文正在被修改",
                        "这份公文在核验签名时被修改，请稍后重试签收。");
            }
        }
    }

    /** The write of 签收, short: empty (nothing written) when the stored document changed since the check. */
    private Optional<IncomingDocumentView> recordSignFor(CurrentUser user, UUID id, Long version,
            DocumentFiles.FullCheck check) {
        Deliveries.Stored stored = lock(user, id, version);
        Delivery delivery = stored.delivery();
        OutgoingDocument document = documentOf(delivery);
        if (!files.stillCurrent(document, check)) {
            return Optional.empty();
        }
        int before = delivery.history().size();
        SignForReceipt receipt = delivery.signFor(user, check.result(), clock.instant());
        ReceiptSignatures.SignedReceipt signed = receipts.sign(receipt);
        long saved = changes.save(stored, delivery, before).version();
        deliveries.storeReceiptSignature(stored.id(), signed.value(), signed.certificate());
        return Optional.of(view(new Deliveries.Stored(stored.id(), delivery, saved, signed.value(),
                signed.certificate()), document, check.result()));
    }

    /**
     * 退回 with a reason (also allowed when the signature is INVALID, so the check never decides
     * it). The write is short: the copy is locked as for 签收 and saved; the signature check shown
     * with the answer (remembered, or in full when the document changed) runs after the commit,
     * like a first opening's, so decrypting files never holds the copy's lock or a connection.
     */
    public IncomingDocumentView returnToSender(CurrentUser user, UUID id, Long version, String reason) {
        Returned returned = transactions.execute(status -> recordReturn(user, id, version, reason));
        return view(returned.stored(), returned.document(), files.check(returned.document()));
    }

    private record Returned(Deliveries.Stored stored, OutgoingDocument document) {
    }

    private Returned recordReturn(CurrentUser user, UUID id, Long version, String reason) {
        Deliveries.Stored stored = lock(user, id, version);
        Delivery delivery = stored.delivery();
        OutgoingDocument document = documentOf(delivery);
        int before = delivery.history().size();
        delivery.returnToSender(user, reason, clock.instant());
        return new Returned(changes.save(stored, delivery, before), document);
    }

    private IncomingDocumentView view(Deliveries.Stored stored, OutgoingDocument document, SignatureVerification check) {
        Delivery delivery = stored.delivery();
        ReceiptView receipt = delivery.receipt()
            .map(r -> ReceiptView.of(r, stored.receiptSignature(), stored.receiptCertificate(),
                    receipts.verify(r, stored.receiptSignature(), stored.receiptCertificate())))
            .orElse(null);
        return IncomingDocumentView.of(stored.id(), stored.version(), delivery, document.metadata().orElseThrow(),
                documents.filesOf(document.id()), check, receipt);
    }

    private OutgoingDocument documentOf(Delivery delivery) {
        return documents.findForRecipient(delivery.key().documentId())
            .orElseThrow(() -> new IllegalStateException("a delivery without its document: " + delivery.key()));
    }

    private Deliveries.Stored load(CurrentUser user, UUID id, Long version) {
        Deliveries.Stored stored = load(user, id);
        if (version != null && stored.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Delivery.class, id);
        }
        return stored;
    }

    private Deliveries.Stored lock(CurrentUser user, UUID id, Long version) {
        String unit = user.unitCode();
        Deliveries.Stored stored = (unit == null ? Optional.<Deliveries.Stored>empty()
                : deliveries.lockForRecipient(id, unit))
            .orElseThrow(() -> DomainRuleViolation.notFound("incoming-document-not-found", "本单位没有收到这份公文。"));
        if (version != null && stored.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Delivery.class, id);
        }
        return stored;
    }

    private Deliveries.Stored load(CurrentUser user, UUID id) {
        String unit = user.unitCode();
        return (unit == null ? Optional.<Deliveries.Stored>empty() : deliveries.findForRecipient(id, unit))
            .orElseThrow(() -> DomainRuleViolation.notFound("incoming-document-not-found", "本单位没有收到这份公文。"));
    }
}
