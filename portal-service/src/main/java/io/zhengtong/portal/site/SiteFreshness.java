package io.zhengtong.portal.site;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import io.zhengtong.portal.article.PublishedArticles;

/**
 * Conditional requests for the pages built from published content: a page changes only when
 * something is published or withdrawn, when this instance starts (new templates or channels) or
 * when the reader switches 长者模式. Browsers revalidate every time ({@code no-cache}) and get a 304
 * without the page being rendered again while nothing changed.
 */
@Component
class SiteFreshness {

    private final PublishedArticles published;
    private final long startedAt = System.currentTimeMillis();

    SiteFreshness(PublishedArticles published) {
        this.published = published;
    }

    /** True when the reader's copy is current: the caller returns without rendering (304 is set). */
    boolean isUnchanged(HttpServletRequest request, HttpServletResponse response) {
        return isUnchanged(published.lastChange(), request, response);
    }

    /** The same, for a caller that has already read {@link PublishedArticles#lastChange()}. */
    boolean isUnchanged(Optional<Instant> publishedChange, HttpServletRequest request, HttpServletResponse response) {
        long lastChange = Math.max(startedAt, publishedChange.map(Instant::toEpochMilli).orElse(0L));
        // A logged-in visitor's page carries their name in the header: only their browser keeps it,
        // and their copy never answers for an anonymous one (or another account's) or the other way round.
        String visitor = SignedInVisitor.current().map(v -> "-u" + Integer.toString(v.username().hashCode(), 36)).orElse("");
        String etag = "W/\"" + Long.toString(lastChange, 36) + "-" + Long.toString(startedAt, 36)
                + (ElderMode.isOn(request) ? "-e" : "") + visitor + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, (visitor.isEmpty() ? CacheControl.noCache().cachePublic()
                : CacheControl.noCache().cachePrivate()).getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        // Seconds: Last-Modified has no finer unit, and a later change in the same second
        // still changes the ETag.
        return new ServletWebRequest(request, response).checkNotModified(etag, lastChange);
    }
}
