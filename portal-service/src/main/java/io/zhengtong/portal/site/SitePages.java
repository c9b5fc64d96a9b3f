package io.zhengtong.portal.site;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.zhengtong.portal.article.PublishedArticles;
import io.zhengtong.portal.site.SiteErrorPages.PageNotFound;
import io.zhengtong.portal.site.SiteViews.ArticleItem;
import io.zhengtong.portal.site.SiteViews.ArticleView;
import io.zhengtong.portal.site.SiteViews.NavigationLink;
import io.zhengtong.portal.site.SiteViews.Paged;

/** The county website's pages built from published articles: home, channel and article. */
@Controller
class SitePages {

    static final int CHANNEL_PAGE_SIZE = 20;
    private static final int HOME_LIST_SIZE = 8;
    private static final Duration HOME_KEPT_FOR = Duration.ofMinutes(1);

    private final PublishedArticles published;
    private final SiteFreshness freshness;
    private final AtomicReference<HomeContent> home = new AtomicReference<>();

    SitePages(PublishedArticles published, SiteFreshness freshness) {
        this.published = published;
        this.freshness = freshness;
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request, HttpServletResponse response) {
        // One read of the last change serves both the ETag and the kept lists.
        Optional<Instant> version = published.lastChange();
        if (freshness.isUnchanged(version, request, response)) {
            return null;
        }
        HomeContent content = homeContent(version);
        model.addAttribute("latest", content.latest());
        model.addAttribute("sections", content.sections());
        return "site/home";
    }

    record HomeSection(NavigationLink channel, List<ArticleItem> items) {
    }

    /** The home page's lists, as of one state of the published content. */
    record HomeContent(Optional<Instant> contentVersion, Instant builtAt, List<ArticleItem> latest,
            List<HomeSection> sections) {
    }

    /**
     * The home page is the most visited page and needs a query per channel: its lists are kept
     * until something is published or withdrawn (and a minute at most, for channel changes).
     */
    private HomeContent homeContent(Optional<Instant> version) {
        HomeContent cached = home.get();
        Instant now = Instant.now();
        if (cached != null && cached.contentVersion().equals(version)
                && cached.builtAt().plus(HOME_KEPT_FOR).isAfter(now)) {
            return cached;
        }
        HomeContent built = new HomeContent(version, now,
                published.latest(0, HOME_LIST_SIZE).map(ArticleItem::of).getContent(),
                published.channelTree().stream()
                    .map(channel -> new HomeSection(NavigationLink.of(channel),
                            published.latestIn(channel.code(), 0, HOME_LIST_SIZE).map(ArticleItem::of).getContent()))
                    .filter(section -> !section.items().isEmpty())
                    .toList());
        home.set(built);
        return built;
    }

    @GetMapping("/channels/{code}")
    String channel(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        PublishedArticles.PublicChannel channel = published.channel(code)
            .orElseThrow(() -> new PageNotFound("channel " + code));
        if (page < 1) {
            throw new PageNotFound("page " + page);
        }
        if (freshness.isUnchanged(request, response)) {
            return null;
        }
        Paged<ArticleItem> articles = Paged.of(published.latestIn(code, page - 1, CHANNEL_PAGE_SIZE), ArticleItem::of);
        if (page > 1 && page > articles.totalPages()) {
            throw new PageNotFound("page " + page + " of " + code);
        }
        model.addAttribute("channel", channel);
        model.addAttribute("subChannels", channel.children().stream().map(NavigationLink::of).toList());
        model.addAttribute("articles", articles);
        return "site/channel";
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublishedArticles.Detail detail = published.article(id).orElseThrow(() -> new PageNotFound("article " + id));
        if (freshness.isUnchanged(request, response)) {
            return null;
        }
        model.addAttribute("article", ArticleView.of(detail));
        return "site/article";
    }
}
