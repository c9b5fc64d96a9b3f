package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.store.LetterEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The few columns the statistics need, of the letters that touch a period. */
interface CountedLetterRepository extends Repository<LetterEntity, String> {

    @Query("""
            select new io.zhengtong.mailbox.statistics.CountedLetter(coalesce(e.leadUnit, e.mailbox.ownerUnit), e.status,
                e.submittedAt, e.dueDate, e.answeredAt, e.rating)
            from LetterEntity e
            where (e.submittedAt >= :from and e.submittedAt < :to) or (e.answeredAt >= :from and e.answeredAt < :to)
               or (e.dueDate between :firstDay and :lastDay)""")
    List<CountedLetter> touching(@Param("from") Instant from, @Param("to") Instant to, @Param("firstDay") LocalDate firstDay,
            @Param("lastDay") LocalDate lastDay);

    @Query("select min(e.submittedAt) from LetterEntity e")
    Optional<Instant> firstSubmission();
}
