package io.zhengtong.portal.search.letter;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedLetters extends JpaRepository<PublishedLetter, String> {
}
