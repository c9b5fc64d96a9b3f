package io.zhengtong.portal.site;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.zhengtong.portal.search.InvalidSearchParameters;
import io.zhengtong.portal.search.SearchParameters;
import io.zhengtong.portal.search.SearchProperties;
import io.zhengtong.portal.search.SearchResults;
import io.zhengtong.portal.search.SiteSearch;
import io.zhengtong.portal.search.SearchUnavailable;

/**
 * The website's search page over the unified site search. Page numbers count from 1 here, as
 * readers count. Mistyped filters are explained on the page; Elasticsearch being away gives a
 * friendly notice (and 503), never an error page.
 */
@Controller
class SearchPage {

    private final SiteSearch search;
    private final SearchProperties properties;

    SearchPage(SiteSearch search, SearchProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        model.addAttribute("query", q == null ? "" : q.strip());
        model.addAttribute("form", new SearchForm(q, type, unit, dayOrBlank(from), dayOrBlank(to),
                sort == null ? "relevance" : sort));
        model.addAttribute("facets", new SearchResults.Facets(List.of(), List.of()));
        try {
            SearchResults results = search.search(
                    new SearchParameters(q, type, unit, from, to, sort, zeroBased(page), null).toQuery());
            model.addAttribute("results", results);
            model.addAttribute("facets", results.facets());
            model.addAttribute("hits", results.hits().stream().map(HitView::of).toList());
            model.addAttribute("pageLinks", SiteViews.Paged.pageLinks(results.page() + 1, results.totalPages()));
        }
        catch (InvalidSearchParameters invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", invalid.errors());
        }
        catch (SearchUnavailable unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfter().toSeconds()));
            model.addAttribute("unavailable", true);
        }
        return "site/search";
    }

    /** A result as the page lists it; the highlighted parts are escaped HTML with {@code <em>} only. */
    record HitView(String typeLabel, String titleHighlighted, String snippetHighlighted, String unitName,
            java.time.LocalDate date, String url) {

        static HitView of(SearchResults.Hit hit) {
            return new HitView(hit.typeLabel(), hit.titleHighlighted(), hit.snippetHighlighted(), hit.unitName(),
                    SiteViews.day(hit.publishedAt()), hit.url());
        }
    }

    /** What the visitor typed, to fill the form in again. */
    record SearchForm(String q, String type, String unit, String from, String to, String sort) {
    }

    /** A date input only takes a real date: a mistyped one is explained above the form and not echoed. */
    static String dayOrBlank(String day) {
        try {
            return day == null || day.isBlank() ? "" : java.time.LocalDate.parse(day.strip()).toString();
        }
        catch (java.time.format.DateTimeParseException mistyped) {
            return "";
        }
    }

    /** "2" (the second page, as a reader says it) is page 1 of the search; anything else is passed on to be reported. */
    static String zeroBased(String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 ? Integer.toString(number - 1) : "-1";
        }
        catch (NumberFormatException notANumber) {
            return page;
        }
    }
}
