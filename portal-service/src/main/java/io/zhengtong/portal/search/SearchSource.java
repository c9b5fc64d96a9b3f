package io.zhengtong.portal.search;

import java.util.stream.Stream;

/**
 * The source of truth for one type of searchable content, read in full when the index is rebuilt
 * (events keep the index current in between). A feature of this service implements it for its
 * own content; content of other services comes through their events.
 */
public interface SearchSource {

    /** The {@link SearchDocument#type()} this source provides. */
    String type();

    /** Every document of this type that is public now. The caller closes the stream. */
    Stream<SearchDocument> documents();
}
