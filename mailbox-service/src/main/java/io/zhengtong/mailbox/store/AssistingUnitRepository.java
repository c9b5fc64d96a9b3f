package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssistingUnitRepository extends JpaRepository<AssistingUnitRow, AssistingUnitRow.Key> {

    // From ix_letter_assisting_unit_status (unit_code, status, submitted_at) alone, like idsLedBy.
    @Query(value = """
            select a.letterId from AssistingUnitRow a where a.unitCode = :unit and a.status in :statuses
            order by a.submittedAt desc""",
            countQuery = "select count(a.letterId) from AssistingUnitRow a where a.unitCode = :unit and a.status in :statuses")
    Page<String> idsAssistedBy(@Param("unit") String unit, @Param("statuses") Collection<LetterStatus> statuses,
            Pageable page);

    @Query("select a.letterId from AssistingUnitRow a where a.unitCode = :unit and a.letterId in :ids")
    List<String> assistedAmong(@Param("unit") String unit, @Param("ids") Collection<String> ids);

    @Modifying
    @Query("delete from AssistingUnitRow a where a.letterId = :id")
    void deleteAllOf(@Param("id") String letterId);

    @Modifying
    @Query("update AssistingUnitRow a set a.status = :status where a.letterId = :id")
    void changeStatus(@Param("id") String letterId, @Param("status") LetterStatus status);
}
