package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.ExtensionRequest;
import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterSnapshot;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.tracking.TrackingCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The stored form of a {@code Letter}: the aggregate stays plain Java and is copied in and out
 * through its {@link LetterSnapshot}. The version guards against two clerks acting on the same
 * letter at once.
 */
@Entity
@Table(name = "letter")
public class LetterEntity {

    @Id
    private String id;

    @Version
    private Long version;

    // What the citizen wrote never changes (the aggregate's content is final): updatable = false keeps
    // these columns out of every step's UPDATE, so the text is not sent again and the contact is not
    // re-encrypted (a fresh IV each time) eight times per letter. The query-password hash is replaced
    // only by QueryPasswordHashes (legacy BCrypt values).
    @Column(name = "tracking_code", updatable = false)
    private String trackingCode;
    @Column(name = "query_password_hash", updatable = false)
    private String queryPasswordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mailbox_code", updatable = false)
    private MailboxEntity mailbox;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_type", updatable = false)
    private LetterType submittedType;
    @Enumerated(EnumType.STRING)
    private LetterType type;
    @Enumerated(EnumType.STRING)
    private LetterStatus status;

    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private String body;
    @Column(name = "contact_name", updatable = false)
    private String contactName;
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "contact_phone_enc", updatable = false)
    private String contactPhone;
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "contact_email_enc", updatable = false)
    private String contactEmail;
    @Convert(converter = PersonalDataConverter.class)
    @Column(name = "contact_id_number_enc", updatable = false)
    private String contactIdNumber;
    @Column(name = "consent_to_publish", updatable = false)
    private boolean consentToPublish;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "merged_into")
    private String mergedInto;
    // 疑似重复: set once by the duplicate package when the letter comes in, read with the letter.
    @Column(name = "suspected_duplicate", insertable = false, updatable = false)
    private boolean suspectedDuplicate;

    // The two collections are read only where needed: LetterRepository joins them in the statement
    // that loads a letter to show or change it (findById, findByTrackingCode), and leaves them out for
    // the citizen's page, which shows neither (findWithoutHistoryByTrackingCode).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "letter_duplicate", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "seq")
    @Column(name = "duplicate_id")
    private List<String> duplicates = new ArrayList<>();

    @Column(name = "designated_leader")
    private String designatedLeader;
    @Column(name = "designated_leader_name")
    private String designatedLeaderName;
    private String instruction;
    @Column(name = "lead_unit")
    private String leadUnit;
    @Column(name = "assisting_units")
    private String assistingUnits;

    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "extension_days")
    private int extensionDays;
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "ext_days")
    private Integer extDays;
    @Column(name = "ext_reason")
    private String extReason;
    @Column(name = "ext_requested_by")
    private String extRequestedBy;
    @Column(name = "ext_unit")
    private String extUnit;
    @Column(name = "ext_requested_at")
    private Instant extRequestedAt;

    @Column(name = "reply_text")
    private String replyText;
    @Column(name = "reply_drafted_by")
    private String replyDraftedBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_before_reopen")
    private Rating ratingBeforeReopen;
    @Column(name = "reopen_reason")
    private String reopenReason;
    private boolean reopened;
    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "letter_history", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "seq")
    private List<HistoryRow> history = new ArrayList<>();

    protected LetterEntity() {
    }

    static LetterEntity create(LetterSnapshot s, MailboxEntity mailbox) {
        LetterEntity e = new LetterEntity();
        e.id = s.id().toString();
        e.trackingCode = s.trackingCode().compact();
        e.queryPasswordHash = s.queryPasswordHash();
        e.mailbox = mailbox;
        LetterContent c = s.content();
        e.submittedType = c.type();
        e.subject = c.subject();
        e.body = c.body();
        e.contactName = c.contact().name();
        e.contactPhone = c.contact().phone();
        e.contactEmail = c.contact().email();
        e.contactIdNumber = c.contact().idNumber();
        e.consentToPublish = c.consentToPublish();
        e.submittedAt = s.submittedAt();
        e.submittedBy = s.submittedBy();
        e.apply(s);
        return e;
    }

    /** Copies the changeable state; history lines are only ever appended. */
    void apply(LetterSnapshot s) {
        type = s.type();
        status = s.status();
        rejectionReason = s.rejectionReason();
        mergedInto = s.mergedInto() == null ? null : s.mergedInto().toString();
        List<String> dups = s.duplicates().stream().map(LetterId::toString).toList();
        if (!dups.equals(duplicates)) {
            duplicates.clear();
            duplicates.addAll(dups);
        }
        designatedLeader = s.designatedLeader();
        designatedLeaderName = s.designatedLeaderName();
        instruction = s.instruction();
        Assignment a = s.assignment();
        leadUnit = a == null ? null : a.leadUnit();
        assistingUnits = a == null || a.assistingUnits().isEmpty() ? null : String.join(",", a.assistingUnits());
        periodStart = s.periodStart();
        workingDays = s.workingDays();
        extensionDays = s.extensionDays();
        dueDate = s.dueDate();
        ExtensionRequest x = s.pendingExtension();
        extDays = x == null ? null : x.workingDays();
        extReason = x == null ? null : x.reason();
        extRequestedBy = x == null ? null : x.requestedBy();
        extUnit = x == null ? null : x.unitCode();
        extRequestedAt = x == null ? null : x.requestedAt();
        replyText = s.replyText();
        replyDraftedBy = s.replyDraftedBy();
        answeredAt = s.answeredAt();
        rating = s.rating();
        ratingBeforeReopen = s.ratingBeforeReopen();
        reopenReason = s.reopenReason();
        reopened = s.reopened();
        closedAt = s.closedAt();
        for (int i = history.size(); i < s.history().size(); i++) {
            history.add(HistoryRow.of(s.history().get(i)));
        }
    }

    LetterSnapshot toSnapshot() {
        return toSnapshot(duplicates.stream().map(d -> new LetterId(UUID.fromString(d))).toList(),
                history.stream().map(HistoryRow::toEntry).toList());
    }

    /** The letter without its history and duplicates, which stay unread: for answers that show neither. */
    LetterSnapshot toSnapshotWithoutHistory() {
        return toSnapshot(List.of(), List.of());
    }

    private LetterSnapshot toSnapshot(List<LetterId> duplicateIds, List<HistoryEntry> historyEntries) {
        LetterContent content = new LetterContent(mailbox.toMailbox(), submittedType, subject, body,
                new Contact(contactName, contactPhone, contactEmail, contactIdNumber), consentToPublish);
        Assignment assignment = leadUnit == null ? null
                : new Assignment(leadUnit, assistingUnits == null ? List.of() : Arrays.asList(assistingUnits.split(",")));
        ExtensionRequest pending = extDays == null ? null
                : new ExtensionRequest(extDays, extReason, extRequestedBy, extUnit, extRequestedAt);
        return new LetterSnapshot(new LetterId(UUID.fromString(id)), content, TrackingCode.parse(trackingCode),
                queryPasswordHash, submittedAt, submittedBy, type, status, rejectionReason,
                mergedInto == null ? null : new LetterId(UUID.fromString(mergedInto)),
                duplicateIds, designatedLeader, designatedLeaderName, instruction, assignment, periodStart, workingDays,
                extensionDays, dueDate, pending, replyText, replyDraftedBy, answeredAt, rating, ratingBeforeReopen,
                reopenReason, reopened, closedAt, historyEntries);
    }

    /** How many history lines are stored (reads them if they were left out). */
    int historySize() {
        return history.size();
    }

    public String id() {
        return id;
    }

    /** The assisting units as stored now (before a change is applied). */
    List<String> assistingUnitCodes() {
        return assistingUnits == null ? List.of() : List.of(assistingUnits.split(","));
    }

    LetterStatus status() {
        return status;
    }

    boolean suspectedDuplicate() {
        return suspectedDuplicate;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
