package io.zhengtong.portal.site;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.zhengtong.portal.article.PublishedArticles;
import io.zhengtong.portal.site.SiteViews.NavigationLink;

/** The main navigation: the top-level channels of the county portal, in their order. */
// The mailbox pages (portal.letters) are website pages too.
@ControllerAdvice(basePackageClasses = Navigation.class, basePackages = "io.zhengtong.portal.letters")
class Navigation {

    private final PublishedArticles published;

    Navigation(PublishedArticles published) {
        this.published = published;
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        return published.channelTree().stream().map(NavigationLink::of).toList();
    }
}
