package io.zhengtong.portal.search.letter;

import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import io.zhengtong.portal.search.SearchDocument;
import io.zhengtong.portal.search.SearchSource;
import io.zhengtong.portal.search.SearchTypes;

/**
 * The published letters for a rebuild of the site index, from the portal's copy of the mailbox's
 * events. A county publishes some hundreds a year, so one read is enough.
 */
@Component
class PublishedLetterSearchSource implements SearchSource {

    private final PublishedLetters letters;

    PublishedLetterSearchSource(PublishedLetters letters) {
        this.letters = letters;
    }

    @Override
    public String type() {
        return SearchTypes.LETTER;
    }

    @Override
    public Stream<SearchDocument> documents() {
        return letters.findAll(Sort.by("letterId")).stream().map(PublishedLetter::toSearchDocument);
    }
}
