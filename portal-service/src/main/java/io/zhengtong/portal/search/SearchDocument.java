package io.zhengtong.portal.search;

import java.time.Instant;

/**
 * One entry of the unified site search, whatever it came from (an article, later a disclosure
 * item, a service guide, a published letter).
 *
 * @param id          unique across types, e.g. {@code article-42}
 * @param type        {@code article}, {@code disclosure}, {@code guide}, {@code letter}
 * @param title       plain text
 * @param body        plain text (HTML already stripped)
 * @param unitCode    the unit that published it (organisation directory code)
 * @param unitName    its full name, as shown in results
 * @param channel     the channel (column) name, or the catalogue it belongs to
 * @param publishedAt when it became public
 * @param url         its page on the website, site-relative (e.g. {@code /articles/42})
 */
public record SearchDocument(String id, String type, String title, String body, String unitCode, String unitName,
        String channel, Instant publishedAt, String url) {
}
