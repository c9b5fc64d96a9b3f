package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.portal.channel.Channel;
import io.zhengtong.portal.channel.ChannelCatalogue;
import io.zhengtong.portal.channel.ChannelTree;

/**
 * What the public website may show: published articles only, and the channel tree. Read-only;
 * every method is safe for anonymous pages. Times are instants (UTC); show them in Asia/Shanghai.
 */
@Service
@Transactional(readOnly = true)
public class PublishedArticles {

    /** The largest page the website may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    /** An article in a list (home page, channel page, sitemap, RSS). */
    public record Summary(long id, String title, String summary, String channelCode, String channelName,
            String unitCode, String unitName, Instant publishedAt, String url) {
    }

    /** A neighbouring article in the same channel, for "previous / next" links. */
    public record Link(long id, String title, String url) {
    }

    /**
     * One published article as its page shows it.
     *
     * @param bodyHtml sanitised HTML, safe to insert unescaped
     * @param updatedAt last change of the article (for Last-Modified)
     * @param previous the article published just before it in the same channel, or {@code null}
     * @param next the article published just after it in the same channel, or {@code null}
     */
    public record Detail(long id, String title, String summary, String bodyHtml, String channelCode,
            String channelName, String unitCode, String unitName, Instant publishedAt, Instant updatedAt, String url,
            Link previous, Link next) {
    }

    /** A channel of the public navigation, with its sub-channels. */
    public record PublicChannel(String code, String name, String parentCode, String unitCode, String unitName,
            boolean news, List<PublicChannel> children) {
    }

    private final Articles articles;
    private final ChannelCatalogue channels;
    private final ArticleEvents names;

    PublishedArticles(Articles articles, ChannelCatalogue channels, ArticleEvents names) {
        this.articles = articles;
        this.channels = channels;
        this.names = names;
    }

    /** The newest published articles of every channel, newest first. */
    public Page<Summary> latest(int page, int size) {
        return articles.findPublished(pageRequest(page, size)).map(this::summary);
    }

    /**
     * The newest published articles of a channel and its sub-channels, newest first; empty for an
     * unknown channel (see {@link #channel(String)} to answer 404).
     */
    public Page<Summary> latestIn(String channelCode, int page, int size) {
        Set<String> codes = channels.tree().codesWithin(channelCode);
        if (codes.isEmpty()) {
            return Page.empty(pageRequest(page, size));
        }
        return articles.findPublishedIn(codes, pageRequest(page, size)).map(this::summary);
    }

    /** The newest published articles of the news channels ({@link PublicChannel#news()}), for RSS. */
    public List<Summary> latestNews(int limit) {
        Set<String> codes = Set.copyOf(channels.tree().all(Channel::news).stream().map(Channel::code).toList());
        if (codes.isEmpty()) {
            return List.of();
        }
        return articles.findPublishedIn(codes, pageRequest(0, limit)).map(this::summary).getContent();
    }

    /** Every published article, newest first, for sitemap.xml. */
    public List<Summary> all() {
        return articles.findPublished(Pageable.unpaged())
            .map(this::summary)
            .getContent();
    }

    /** A published article; empty if it does not exist or is not public (draft, withdrawn, ...). */
    public Optional<Detail> article(long id) {
        return articles.findById(id)
            .filter(article -> article.status() == ArticleStatus.PUBLISHED)
            .map(article -> new Detail(article.id(), article.title(), article.displaySummary(), article.bodyHtml(),
                    article.channel().code(), article.channel().name(), article.unitCode(),
                    names.unitName(article.unitCode()), article.publishedAt(), article.updatedAt(),
                    ArticleEvents.url(article.id()), neighbour(article, true), neighbour(article, false)));
    }

    /** The public channel tree, in sort order. */
    public List<PublicChannel> channelTree() {
        return channels.tree().roots().stream().map(this::publicChannel).toList();
    }

    /** One channel (with its sub-channels); empty for an unknown code. */
    public Optional<PublicChannel> channel(String code) {
        return channels.tree().node(code).map(this::publicChannel);
    }

    /** When the public content last changed (a publication or a withdrawal); empty if nothing was ever published. */
    public Optional<Instant> lastChange() {
        return articles.lastPublicChange();
    }

    private Link neighbour(Article article, boolean before) {
        long channelId = article.channel().id();
        List<Article> found = before
                ? articles.findPreviousInChannel(channelId, article.publishedAt(), article.id(), PageRequest.of(0, 1))
                : articles.findNextInChannel(channelId, article.publishedAt(), article.id(), PageRequest.of(0, 1));
        return found.stream()
            .findFirst()
            .map(other -> new Link(other.id(), other.title(), ArticleEvents.url(other.id())))
            .orElse(null);
    }

    private Summary summary(Article article) {
        return new Summary(article.id(), article.title(), article.displaySummary(), article.channel().code(),
                article.channel().name(), article.unitCode(), names.unitName(article.unitCode()),
                article.publishedAt(), ArticleEvents.url(article.id()));
    }

    private PublicChannel publicChannel(ChannelTree.Node node) {
        Channel channel = node.channel();
        return new PublicChannel(channel.code(), channel.name(), node.parentCode(), channel.unitCode(),
                names.unitName(channel.unitCode()), channel.news(),
                node.children().stream().map(this::publicChannel).toList());
    }

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }
}
