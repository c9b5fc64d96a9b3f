package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterRepository extends JpaRepository<LetterEntity, String> {

    Optional<LetterEntity> findByTrackingCode(String compactCode);

    List<LetterEntity> findByMailboxCodeInAndStatusInOrderBySubmittedAtDesc(Collection<String> mailboxCodes,
            Collection<LetterStatus> statuses, Pageable page);

    List<LetterEntity> findByLeadUnitAndStatusInOrderBySubmittedAtDesc(String leadUnit, Collection<LetterStatus> statuses,
            Pageable page);

    List<LetterEntity> findByDesignatedLeaderAndStatusInOrderBySubmittedAtDesc(String leader,
            Collection<LetterStatus> statuses, Pageable page);

    List<LetterEntity> findByMailboxCodeInAndExtDaysNotNullOrderByDueDateAsc(Collection<String> mailboxCodes, Pageable page);

    List<LetterEntity> findByExtDaysNotNullOrderByDueDateAsc(Pageable page);
}
