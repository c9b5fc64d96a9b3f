package io.zhengtong.exchange.search.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.search.FoundDocument;
import io.zhengtong.exchange.search.SearchingDocuments;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;

/** 公文检索 within the caller's unit: what it sent and what was delivered to it. */
@RestController
class SearchController {

    private final SearchingDocuments searching;

    SearchController(SearchingDocuments searching) {
        this.searching = searching;
    }

    @GetMapping("/api/exchange/search")
    PageOf<FoundDocument> search(CurrentUser user, @Valid SearchParameters parameters, @Valid PageQuery paging) {
        return searching.search(user, parameters.toQuery(paging));
    }
}
