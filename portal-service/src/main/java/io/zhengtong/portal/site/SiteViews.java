package io.zhengtong.portal.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.Page;

import io.zhengtong.portal.article.PublishedArticles;

/** What the templates show, with times already in the county's time zone. */
final class SiteViews {

    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private SiteViews() {
    }

    record NavigationLink(String code, String name, String url) {

        static NavigationLink of(PublishedArticles.PublicChannel channel) {
            return new NavigationLink(channel.code(), channel.name(), channelUrl(channel.code()));
        }
    }

    record ArticleItem(String title, String url, String channelName, String unitName, LocalDate date) {

        static ArticleItem of(PublishedArticles.Summary summary) {
            return new ArticleItem(summary.title(), summary.url(), summary.channelName(), summary.unitName(),
                    day(summary.publishedAt()));
        }
    }

    /**
     * @param publishedAtIso the machine-readable time for {@code <time datetime>}: minutes and the
     *     offset, e.g. {@code 2026-11-22T17:12+08:00}
     */
    record ArticleView(String title, String bodyHtml, String channelName, String channelUrl, String unitName,
            LocalDateTime publishedAt, String publishedAtIso, PublishedArticles.Link previous,
            PublishedArticles.Link next) {

        static ArticleView of(PublishedArticles.Detail detail) {
            java.time.ZonedDateTime published = detail.publishedAt().atZone(COUNTY_TIME)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            return new ArticleView(detail.title(), detail.bodyHtml(), detail.channelName(),
                    SiteViews.channelUrl(detail.channelCode()), detail.unitName(), published.toLocalDateTime(),
                    published.toOffsetDateTime().toString(), detail.previous(), detail.next());
        }
    }

    /**
     * One page of a list, numbered from 1 as readers count.
     *
     * @param pageLinks the page numbers to offer around the current one
     */
    record Paged<T>(List<T> items, int number, int totalPages, long total, List<Integer> pageLinks) {

        static <S, T> Paged<T> of(Page<S> page, java.util.function.Function<S, T> mapping) {
            int number = page.getNumber() + 1;
            return new Paged<>(page.getContent().stream().map(mapping).toList(), number, page.getTotalPages(),
                    page.getTotalElements(), pageLinks(number, page.getTotalPages()));
        }

        /** Up to nine page numbers (counted from 1) around the current one, for any list or search. */
        static List<Integer> pageLinks(int number, int totalPages) {
            int first = Math.max(1, number - 4);
            int last = Math.min(totalPages, first + 8);
            return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
        }

        boolean hasPrevious() {
            return number > 1;
        }

        boolean hasNext() {
            return number < totalPages;
        }
    }

    static String channelUrl(String code) {
        return "/channels/" + code;
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, COUNTY_TIME);
    }
}
