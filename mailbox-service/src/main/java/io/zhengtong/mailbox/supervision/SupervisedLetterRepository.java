package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.store.LetterEntity;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The supervisor's queries over letters, by due date, within the caller's {@link SupervisionScope}
 * (all, or their mailboxes, their unit's led letters, the letters forwarded to them). The list may be
 * narrowed to a unit: a letter's unit is its lead unit, or the unit owning its mailbox while it is
 * still with the dispatcher. The caller names the mailboxes, so the query needs no join to mailbox
 * (with one, MariaDB read the letters mailbox by mailbox, i.e. all of them, instead of the (status, due_date) range: seconds at 1,000,000 letters).
 */
interface SupervisedLetterRepository extends Repository<LetterEntity, String> {

    @Query(value = """
            select e.id from LetterEntity e where e.status in :statuses and e.dueDate between :from and :to
            and (:everything = true or e.mailbox.code in :mailboxes or e.leadUnit = :leadUnit or e.designatedLeader = :leader)
            and (:unit is null or e.leadUnit = :unit or (e.leadUnit is null and e.mailbox.code in :unitMailboxes))
            order by e.dueDate, e.submittedAt, e.id""",
            countQuery = """
            select count(e) from LetterEntity e where e.status in :statuses and e.dueDate between :from and :to
            and (:everything = true or e.mailbox.code in :mailboxes or e.leadUnit = :leadUnit or e.designatedLeader = :leader)
            and (:unit is null or e.leadUnit = :unit or (e.leadUnit is null and e.mailbox.code in :unitMailboxes))""")
    Page<String> dueBetween(@Param("statuses") Collection<LetterStatus> statuses, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("everything") boolean everything,
            @Param("mailboxes") Collection<String> mailboxes, @Param("leadUnit") String leadUnit,
            @Param("leader") String leader, @Param("unit") String unit,
            @Param("unitMailboxes") Collection<String> unitMailboxes, Pageable page);
}
