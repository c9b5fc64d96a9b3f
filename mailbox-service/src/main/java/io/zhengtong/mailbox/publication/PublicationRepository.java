package io.zhengtong.mailbox.publication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<PublicationEntity, String> {

    Page<PublicationEntity> findByPublishedTrueOrderByPublishedAtDescLetterIdAsc(Pageable page);
}
