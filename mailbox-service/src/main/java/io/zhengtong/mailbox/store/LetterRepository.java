package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterStatus;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface LetterRepository extends JpaRepository<LetterEntity, String> {

    // A letter to show or change: its mailbox, history and duplicates joined in one statement (the
    // collections are lazy, so without the join each would be read by a statement of its own).
    // Queries, not findById with an entity graph: Hibernate builds a load by id with a fetch graph
    // afresh each time (SQL AST and all), while a query's translation is cached (Letters.find).

    @Query("""
            select e from LetterEntity e join fetch e.mailbox left join fetch e.history left join fetch e.duplicates
            where e.id = :id""")
    Optional<LetterEntity> findFetchedById(@Param("id") String id);

    @Query("""
            select e from LetterEntity e join fetch e.mailbox left join fetch e.history left join fetch e.duplicates
            where e.id in :ids""")
    List<LetterEntity> findAllFetchedById(@Param("ids") Collection<String> ids);

    @Query("""
            select e from LetterEntity e join fetch e.mailbox left join fetch e.history left join fetch e.duplicates
            where e.trackingCode = :code""")
    Optional<LetterEntity> findByTrackingCode(@Param("code") String compactCode);

    /**
     * The letter and its mailbox only: history and duplicates are not read (nor joined). Read-only
     * (never changed, Letters.readWithoutHistory): Hibernate keeps no snapshot of it and leaves it out
     * of the flush's dirty checking.
     */
    @Query("select e from LetterEntity e join fetch e.mailbox where e.trackingCode = :code")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    Optional<LetterEntity> findWithoutHistoryByTrackingCode(@Param("code") String compactCode);

    // Work lists read the ids first: from the index alone ((mailbox_code | lead_unit | designated_leader,
    // status, submitted_at)), even when several states need sorting together; only the rows of the
    // page are then read. Selecting whole rows sorted the full rows of every match (thousands at 1M letters).
    // Each answers a page of ids and, from the same index, how many there are in all.

    @Query(value = """
            select e.id from LetterEntity e where e.mailbox.code in :mailboxes and e.status in :statuses
            order by e.submittedAt desc""",
            countQuery = "select count(e.id) from LetterEntity e where e.mailbox.code in :mailboxes and e.status in :statuses")
    Page<String> idsInMailboxes(@Param("mailboxes") Collection<String> mailboxCodes,
            @Param("statuses") Collection<LetterStatus> statuses, Pageable page);

    @Query(value = "select e.id from LetterEntity e where e.leadUnit = :unit and e.status in :statuses order by e.submittedAt desc",
            countQuery = "select count(e.id) from LetterEntity e where e.leadUnit = :unit and e.status in :statuses")
    Page<String> idsLedBy(@Param("unit") String leadUnit, @Param("statuses") Collection<LetterStatus> statuses,
            Pageable page);

    @Query(value = """
            select e.id from LetterEntity e where e.designatedLeader = :leader and e.status in :statuses
            order by e.submittedAt desc""",
            countQuery = "select count(e.id) from LetterEntity e where e.designatedLeader = :leader and e.status in :statuses")
    Page<String> idsForwardedTo(@Param("leader") String leader, @Param("statuses") Collection<LetterStatus> statuses,
            Pageable page);

    @Query(value = """
            select e.id from LetterEntity e where e.mailbox.code in :mailboxes and e.extDays is not null
            order by e.dueDate""",
            countQuery = "select count(e.id) from LetterEntity e where e.mailbox.code in :mailboxes and e.extDays is not null")
    Page<String> idsWithOpenExtensionIn(@Param("mailboxes") Collection<String> mailboxCodes, Pageable page);

    @Query(value = "select e.id from LetterEntity e where e.extDays is not null order by e.dueDate",
            countQuery = "select count(e.id) from LetterEntity e where e.extDays is not null")
    Page<String> idsWithOpenExtension(Pageable page);

    @Query("""
            select new io.zhengtong.mailbox.store.ListedLetter(e.id, e.version, e.trackingCode, m.code, m.name, e.type,
                e.subject, e.status, e.submittedAt, e.contactName, e.contactPhone, e.dueDate, e.leadUnit,
                e.designatedLeader, e.extDays, e.suspectedDuplicate)
            from LetterEntity e join e.mailbox m where e.id in :ids""")
    List<ListedLetter> listed(@Param("ids") Collection<String> ids);
}
