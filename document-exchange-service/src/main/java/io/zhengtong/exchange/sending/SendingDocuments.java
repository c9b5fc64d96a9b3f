package io.zhengtong.exchange.sending;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.audit.AuditTrail;
import io.zhengtong.exchange.audit.ChainVerification;
import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.events.ExchangeEvents;
import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.numbering.DocumentNumbers;
import io.zhengtong.exchange.outgoing.DocumentDispatched;
import io.zhengtong.exchange.outgoing.DraftContent;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.exchange.signature.DocumentFile;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.DocumentSigner;
import io.zhengtong.exchange.signature.FileRole;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The sending unit's use cases: 拟稿, 送核稿, 核稿, 退回修改, 签发 and 分发. Each runs in one
 * transaction that loads the document of the caller's unit (another unit's is "not found"),
 * checks the version the caller saw, applies the transition, saves it and appends the new history
 * lines to the audit chain. 分发 also takes the number, signs and checks its own signature there.
 */
@Service
public class SendingDocuments {

    /** The steps with a version and an optional remark, as the REST API names them. */
    public enum Step {
        SUBMIT, CHECK, SEND_BACK, SIGN_OFF, DISPATCH
    }

    public record DraftCommand(String classification, String urgency, String title, List<String> mainRecipients,
            List<String> copyRecipients, String disclosure, UploadedFile body, List<UploadedFile> attachments) {
    }

    private final OutgoingDocuments documents;
    private final DocumentFiles files;
    private final DocumentNumbers numbers;
    private final UnitKeyStore keys;
    private final AuditTrail audit;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public SendingDocuments(OutgoingDocuments documents, DocumentFiles files, DocumentNumbers numbers, UnitKeyStore keys,
            AuditTrail audit, OrganisationDirectory directory, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.documents = documents;
        this.files = files;
        this.numbers = numbers;
        this.keys = keys;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /** 拟稿 with the body (PDF) and attachments; the 代字 is the unit's short name in the directory. */
    @Transactional
    public OutgoingDocumentView draft(CurrentUser clerk, DraftCommand command) {
        Unit unit = unitOf(clerk);
        DraftContent content = new DraftContent(command.classification(), Urgency.parse(command.urgency()),
                unit.shortName(), command.title(), organs(command.mainRecipients(), "mainRecipients"),
                organs(command.copyRecipients(), "copyRecipients"), null, DisclosureMode.parse(command.disclosure()));
        List<UploadedFile> uploads = new ArrayList<>();
        if (command.body() == null) {
            throw DomainRuleViolation.unprocessable("document-body-required", "缺少公文正文", "请上传公文正文（PDF）。");
        }
        uploads.add(command.body());
        List<UploadedFile> attachments = command.attachments() == null ? List.of() : command.attachments();
        if (attachments.size() > UploadedFile.MAX_ATTACHMENTS) {
            throw DomainRuleViolation.unprocessable("too-many-attachments", "附件过多", "一份公文最多10个附件。");
        }
        uploads.addAll(attachments);
        long total = uploads.stream().mapToLong(f -> f.content() == null ? 0 : f.content().length).sum();
        if (total > UploadedFile.MAX_TOTAL_BYTES) {
            throw DomainRuleViolation.unprocessable("files-too-large", "文件总量过大", "正文和附件合计不能超过30MB。");
        }
        List<String> types = new ArrayList<>();
        for (int position = 0; position < uploads.size(); position++) {
            types.add(uploads.get(position).checkedMediaType(position == 0 ? FileRole.BODY : FileRole.ATTACHMENT,
                    position == 0 ? "body" : "attachments[" + (position - 1) + "]"));
        }
        OutgoingDocument document = OutgoingDocument.draft(UUID.randomUUID(),
                new Organ(unit.code(), unit.fullName()), content, clerk, clock.instant());
        documents.add(document);
        for (int position = 0; position < uploads.size(); position++) {
            UploadedFile upload = uploads.get(position);
            StoredFile file = new StoredFile(position, position == 0 ? FileRole.BODY : FileRole.ATTACHMENT,
                    io.zhengtong.exchange.document.Text.normalise(upload.name()), types.get(position), upload.content().length);
            files.add(document.id(), file, upload.content());
        }
        appendToAudit(document, 0);
        document.pullEvents(); // not published yet: the Kafka fan-out is the next step
        return view(document, 0);
    }

    /** One step of the approval or the dispatch, on the version the caller saw. */
    @Transactional
    public OutgoingDocumentView act(CurrentUser user, UUID id, Step step, long version, String remark) {
        OutgoingDocuments.Versioned loaded = load(user, id);
        if (loaded.version() != version) {
            throw new ObjectOptimisticLockingFailureException(OutgoingDocument.class, id);
        }
        OutgoingDocument document = loaded.document();
        int before = document.history().size();
        Instant now = clock.instant();
        switch (step) {
            case SUBMIT -> document.submitForChecking(user, now);
            case CHECK -> document.check(user, remark, now);
            case SEND_BACK -> document.sendBack(user, remark, now);
            case SIGN_OFF -> document.signOff(user, remark, now);
            case DISPATCH -> dispatch(user, document, now);
        }
        long saved = documents.save(document, version);
        appendToAudit(document, before);
        publish(document);
        return view(document, saved);
    }

    /**
     * 分发: the number is taken in this transaction (a rollback gives it back), the metadata with
     * that number and the files as stored are signed with the unit's key, and the signature is
     * checked like a recipient would before the document counts as dispatched.
     */
    private void dispatch(CurrentUser clerk, OutgoingDocument document, Instant now) {
        if (document.status() != OutgoingStatus.SIGNED_OFF) {
            document.metadataFor(null, now); // refuses with the usual "cannot do this now" (409)
        }
        // the transition checks this too, but only after a number was taken and the key used
        io.zhengtong.exchange.workflow.ExchangeRoles.require(clerk, document.issuer().code(), "分发",
                io.zhengtong.exchange.workflow.ExchangeRoles.STAFF);
        int year = WorkingDayCalendar.dateOf(now).getYear();
        DocumentNumber number = numbers.allocate(document.issuer().code(), document.content().prefix(), year,
                document.id().toString());
        DocumentMetadata metadata = document.metadataFor(number, now);
        List<DocumentFile> contents = files.decryptedFiles(document.id());
        DocumentSignature signature = DocumentSigner.sign(metadata, contents, keys.credentialsOf(document.issuer().code()),
                now);
        SignatureVerification selfCheck = keys.verifier().verify(metadata, contents, signature);
        document.dispatch(clerk, number, signature, selfCheck, now);
    }

    @Transactional(readOnly = true)
    public OutgoingDocumentView get(CurrentUser user, UUID id) {
        OutgoingDocuments.Versioned loaded = load(user, id);
        return view(loaded.document(), loaded.version());
    }

    /** One page of the unit's documents, newest first; the list shows no signature check (the detail does). */
    @Transactional(readOnly = true)
    public PageOf<OutgoingDocumentView> list(CurrentUser user, Optional<OutgoingStatus> status, PageQuery page) {
        Unit unit = unitOf(user);
        List<OutgoingDocumentView> content = documents.ofUnit(unit.code(), status.orElse(null), page).stream()
            .map(v -> OutgoingDocumentView.of(v.document(), v.version(), documents.filesOf(v.document().id()), null))
            .toList();
        return PageOf.of(content, page, documents.countOfUnit(unit.code(), status.orElse(null)));
    }

    @Transactional(readOnly = true)
    public FileDownload file(CurrentUser user, UUID id, int position) {
        OutgoingDocument document = load(user, id).document();
        StoredFile file = documents.filesOf(document.id()).stream().filter(f -> f.position() == position).findFirst()
            .orElseThrow(() -> DomainRuleViolation.notFound("file-not-found", "该公文没有这个文件。"));
        return new FileDownload(file, files.decrypted(document.id(), position));
    }

    @Transactional(readOnly = true)
    public ChainVerification verifyAudit(CurrentUser user, UUID id) {
        return audit.verify(load(user, id).document().id().toString());
    }

    private OutgoingDocumentView view(OutgoingDocument document, long version) {
        SignatureVerification check = document.signature().isPresent() ? files.check(document) : null;
        return OutgoingDocumentView.of(document, version, documents.filesOf(document.id()), check);
    }

    /**
     * The dispatch goes out through the outbox in this transaction (stored with the state change,
     * relayed to Kafka after the commit): the fan-out creates the deliveries from it. The approval
     * steps stay internal to the sending unit.
     */
    private void publish(OutgoingDocument document) {
        for (var event : document.pullEvents()) {
            if (event instanceof DocumentDispatched dispatched) {
                events.publishEvent(ExchangeEvents.dispatched(dispatched));
                ExchangeEvents.publishedForDisclosure(dispatched).forEach(events::publishEvent);
            }
        }
    }

    private void appendToAudit(OutgoingDocument document, int from) {
        List<HistoryEntry> history = document.history();
        audit.appendAll(document.id().toString(), history.subList(from, history.size()));
    }

    private OutgoingDocuments.Versioned load(CurrentUser user, UUID id) {
        String unit = user.unitCode();
        return (unit == null ? java.util.Optional.<OutgoingDocuments.Versioned>empty() : documents.find(id, unit))
            .orElseThrow(() -> DomainRuleViolation.notFound("outgoing-document-not-found", "本单位没有这份发文。"));
    }

    private Unit unitOf(CurrentUser user) {
        if (user.unitCode() == null) {
            throw DomainRuleViolation.notFound("no-unit", "只有机关单位的工作人员才能办理发文。");
        }
        return directory.unit(user.unitCode())
            .orElseThrow(() -> DomainRuleViolation.notFound("unknown-unit", "组织机构中没有单位“" + user.unitCode() + "”。"));
    }

    private List<Organ> organs(List<String> codes, String field) {
        if (codes == null) {
            return List.of();
        }
        List<Organ> organs = new ArrayList<>();
        for (String code : codes) {
            Unit unit = directory.unit(code).orElseThrow(() -> new io.zhengtong.exchange.document.InvalidDocumentMetadata(
                    List.of(new io.zhengtong.exchange.document.InvalidDocumentMetadata.Problem(field,
                            "组织机构中没有单位“" + code + "”。"))));
            organs.add(new Organ(unit.code(), unit.fullName()));
        }
        return organs;
    }
}
