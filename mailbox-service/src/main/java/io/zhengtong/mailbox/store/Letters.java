package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.problem.DomainRuleViolation;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Loads and stores letters; callers run inside their use case's transaction. */
@Component
public class Letters {

    private final LetterRepository letters;
    private final MailboxRepository mailboxes;
    private final AssistingUnits assisting;
    private final AssistingUnitRepository assistingRows;
    private final EntityManager entityManager;

    public Letters(LetterRepository letters, MailboxRepository mailboxes, AssistingUnits assisting,
            AssistingUnitRepository assistingRows, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.assisting = assisting;
        this.assistingRows = assistingRows;
    }

    /** Stores a new letter; answers its first version. */
    public long add(Letter letter) {
        MailboxEntity mailbox = mailboxes.getReferenceById(letter.mailbox().code());
        LetterEntity entity = LetterEntity.create(letter.snapshot(), mailbox);
        // persist, not save: the repository merged the new letter (its id is assigned), and the merged
        // copy's collections counted as changed: an extra UPDATE of the version right after the INSERT.
        entityManager.persist(entity);
        entityManager.flush();
        assisting.follow(letter, List.of(), letter.status());
        return entity.version();
    }

    public Optional<StoredLetter> find(LetterId id) {
        return load(id.toString()).map(Letters::loaded);
    }

    /** The letter with this tracking code, read as by {@link #find} in one statement. */
    public Optional<StoredLetter> findByTrackingCode(TrackingCode code) {
        return letters.findByTrackingCode(code.compact()).map(Letters::loaded);
    }

    /**
     * The letter with this tracking code without its history and duplicates (the letter's row and its
     * mailbox, no join of either collection): for answers that show neither, such as the citizen's
     * page. Such a letter is read, never changed: {@link #update} refuses it.
     */
    public Optional<StoredLetter> readWithoutHistory(TrackingCode code) {
        return letters.findWithoutHistoryByTrackingCode(code.compact())
            .map(e -> new StoredLetter(Letter.restore(e.toSnapshotWithoutHistory()), e.version(), e.suspectedDuplicate()));
    }

    /**
     * Writes the letter's new state if it still has the version the caller saw; another clerk's
     * change in between makes this a 409 rather than a silent overwrite.
     */
    public long update(Letter letter, long expectedVersion) {
        LetterEntity entity = load(letter.id().toString()).orElseThrow();
        if (entity.version() != expectedVersion) {
            throw staleVersion();
        }
        if (letter.history().size() < entity.historySize()) {
            // Storing it would lose the history lines it was read without (readWithoutHistory).
            throw new IllegalStateException("Letter " + letter.id() + " was read without its history and cannot be stored");
        }
        List<String> assistingBefore = entity.assistingUnitCodes();
        LetterStatus statusBefore = entity.status();
        entity.apply(letter.snapshot());
        // flush, not saveAndFlush: the entity is managed, and a merge would only copy it onto itself. The
        // repository's flush, not the EntityManager's: a stale version still becomes Spring's 409 exception.
        letters.flush();
        long version = entity.version();
        assisting.follow(letter, assistingBefore, statusBefore);
        return version;
    }

    // Work lists: each role's queue answers the ids of its first lines from an index alone (several
    // states sorted together cost no row reads) and its length; the caller then reads only the
    // lines of the page it shows (listed: a projection, no aggregate restored).

    /** The first {@code depth} ids of one queue of a work list, in its order, and how long the queue is. */
    public record Queue(List<String> ids, long length) {

        static Queue of(Page<String> page) {
            return new Queue(page.getContent(), page.getTotalElements());
        }
    }

    public Queue inMailboxes(Collection<String> mailboxCodes, Collection<LetterStatus> statuses, int depth) {
        return Queue.of(letters.idsInMailboxes(mailboxCodes, statuses, PageRequest.of(0, depth)));
    }

    public Queue leadBy(String unit, Collection<LetterStatus> statuses, int depth) {
        return Queue.of(letters.idsLedBy(unit, statuses, PageRequest.of(0, depth)));
    }

    /** The letters forwarded to this leader for instruction (批办). */
    public Queue forwardedTo(String leader, Collection<LetterStatus> statuses, int depth) {
        return Queue.of(letters.idsForwardedTo(leader, statuses, PageRequest.of(0, depth)));
    }

    /** The letters this unit assists on (协办), newest first. */
    public Queue assistedBy(String unit, Collection<LetterStatus> statuses, int depth) {
        return Queue.of(assistingRows.idsAssistedBy(unit, statuses, PageRequest.of(0, depth)));
    }

    /** Which of these letters the unit assists on. */
    public Set<String> assistedAmong(String unit, List<String> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(assistingRows.assistedAmong(unit, ids));
    }

    /** Letters with an extension request waiting for a decision, soonest due first; all mailboxes when {@code null}. */
    public Queue withOpenExtensionRequest(Collection<String> mailboxCodes, int depth) {
        PageRequest page = PageRequest.of(0, depth);
        return Queue.of(mailboxCodes == null ? letters.idsWithOpenExtension(page)
                : letters.idsWithOpenExtensionIn(mailboxCodes, page));
    }

    /** The work-list lines of these letters, in the order of the ids; unknown ids are left out. */
    public List<ListedLetter> listed(List<String> ids) {
        return ids.isEmpty() ? List.of() : inOrder(ids, letters.listed(ids), ListedLetter::id);
    }

    /** The letters with these ids (as strings), in the order of the ids, in one query; unknown ids are left out. */
    public List<StoredLetter> all(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrder(ids, letters.findAllFetchedById(ids), LetterEntity::id).stream().map(Letters::loaded).toList();
    }

    private static <T> List<T> inOrder(List<String> ids, Iterable<T> found, java.util.function.Function<T, String> idOf) {
        Map<String, T> byId = new HashMap<>();
        found.forEach(t -> byId.put(idOf.apply(t), t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The letter as this transaction already holds it (no statement: a use case reads the letter,
     * then stores it), else read with its mailbox, history and duplicates in one statement.
     */
    private Optional<LetterEntity> load(String id) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(LetterEntity.class);
        Object held = session.getPersistenceContext().getEntity(session.generateEntityKey(id, persister));
        return held != null ? Optional.of((LetterEntity) held) : letters.findFetchedById(id);
    }

    static DomainRuleViolation staleVersion() {
        return DomainRuleViolation.conflict("letter-version-stale", "信件已被他人修改",
                "信件在您打开后已被他人处理，请刷新后重试。");
    }

    private static StoredLetter loaded(LetterEntity entity) {
        return new StoredLetter(Letter.restore(entity.toSnapshot()), entity.version(), entity.suspectedDuplicate());
    }

    // For the notification consumer: what a letter's notices name, read without restoring the
    // letter. The full load joins its history, which the notices never need.

    /**
     * What notices about a letter name: its code, mailbox, type and status, the writer's phone and
     * e-mail (decrypted), the rejection reason, when it was answered, and the letters merged into it.
     */
    public record Addressee(LetterId id, TrackingCode trackingCode, String mailboxName, LetterType type, LetterStatus status,
            String phone, String email, String rejectionReason, Instant answeredAt, List<LetterId> duplicates) {
    }

    /** The letter's {@link Addressee}, in one statement (its row, its mailbox's name, its duplicates' ids). */
    public Optional<Addressee> addressee(LetterId id) {
        List<Object[]> rows = entityManager.createQuery("""
                select e.trackingCode, m.name, e.type, e.status, e.contactPhone, e.contactEmail, e.rejectionReason,
                    e.answeredAt, d
                from LetterEntity e join e.mailbox m left join e.duplicates d
                where e.id = :id order by index(d)""", Object[].class)
            .setParameter("id", id.toString())
            .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        List<LetterId> duplicates = rows.stream().map(row -> (String) row[8]).filter(Objects::nonNull)
            .map(duplicate -> new LetterId(UUID.fromString(duplicate))).toList();
        return Optional.of(new Addressee(id, TrackingCode.parse((String) first[0]), (String) first[1], (LetterType) first[2],
                (LetterStatus) first[3], (String) first[4], (String) first[5], (String) first[6], (Instant) first[7],
                duplicates));
    }
}
