package io.zhengtong.portal.article.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.article.ArticleAccess;
import io.zhengtong.portal.article.ArticleEvents;
import io.zhengtong.portal.article.ArticleStatus;
import io.zhengtong.portal.article.OfficeArticles;
import io.zhengtong.portal.article.ReviewingArticles;
import io.zhengtong.portal.article.WritingArticles;
import io.zhengtong.portal.article.web.ArticleRequests.ArticleChange;
import io.zhengtong.portal.article.web.ArticleRequests.NewArticle;
import io.zhengtong.portal.article.web.ArticleRequests.Transition;
import io.zhengtong.portal.article.web.ArticleRequests.TransitionWithReason;
import io.zhengtong.portal.article.web.ArticleViews.Detail;
import io.zhengtong.portal.article.web.ArticleViews.ListItem;

/**
 * Articles in the OA client: editors write and submit, reviewers publish, reject and withdraw.
 * Every change names the version the caller saw and answers the article as it is afterwards.
 * Who may do what is checked by the use cases (role and unit), not here.
 */
@RestController
@RequestMapping("/api/portal/articles")
@PreAuthorize("hasRole('staff')")
class ArticleController {

    private final OfficeArticles office;
    private final WritingArticles writing;
    private final ReviewingArticles reviewing;
    private final ArticleAccess access;
    private final ArticleEvents names;

    ArticleController(OfficeArticles office, WritingArticles writing, ReviewingArticles reviewing,
            ArticleAccess access, ArticleEvents names) {
        this.office = office;
        this.writing = writing;
        this.reviewing = reviewing;
        this.access = access;
        this.names = names;
    }

    @GetMapping
    PageOf<ListItem> list(@RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String q,
            @Valid PageQuery paging, CurrentUser user) {
        return PageOf.from(office.list(new OfficeArticles.Filter(status, channel, q), paging, user), ListItem::of);
    }

    @GetMapping("/{id}")
    Detail one(@PathVariable long id, CurrentUser user) {
        return detail(id, user);
    }

    @PostMapping
    ResponseEntity<Detail> create(@Valid @RequestBody NewArticle request, CurrentUser user) {
        long id = writing.draft(request.text(), user);
        return ResponseEntity.created(URI.create("/api/portal/articles/" + id)).body(detail(id, user));
    }

    @PutMapping("/{id}")
    Detail revise(@PathVariable long id, @Valid @RequestBody ArticleChange request, CurrentUser user) {
        writing.revise(id, request.version(), request.text(), user);
        return detail(id, user);
    }

    @PostMapping("/{id}/submit")
    Detail submit(@PathVariable long id, @Valid @RequestBody Transition request, CurrentUser user) {
        reviewing.submit(id, request.version(), user);
        return detail(id, user);
    }

    @PostMapping("/{id}/approve")
    Detail approve(@PathVariable long id, @Valid @RequestBody Transition request, CurrentUser user) {
        reviewing.approve(id, request.version(), user);
        return detail(id, user);
    }

    @PostMapping("/{id}/reject")
    Detail reject(@PathVariable long id, @Valid @RequestBody TransitionWithReason request, CurrentUser user) {
        reviewing.reject(id, request.version(), request.reason(), user);
        return detail(id, user);
    }

    @PostMapping("/{id}/withdraw")
    Detail withdraw(@PathVariable long id, @Valid @RequestBody TransitionWithReason request, CurrentUser user) {
        reviewing.withdraw(id, request.version(), request.reason(), user);
        return detail(id, user);
    }

    // Read after the use case's transaction has committed, so the version shown is the new one.
    private Detail detail(long id, CurrentUser user) {
        var article = office.one(id, user);
        return Detail.of(article, names.unitName(article.unitCode()), access.policy(), user);
    }
}
