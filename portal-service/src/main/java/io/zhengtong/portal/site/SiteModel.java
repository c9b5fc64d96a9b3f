package io.zhengtong.portal.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every website page needs: the site's identity, the reader's display mode, where they are. */
// The mailbox pages (portal.letters) are website pages too.
@ControllerAdvice(basePackageClasses = SiteModel.class, basePackages = "io.zhengtong.portal.letters")
@EnableConfigurationProperties(SiteProperties.class)
class SiteModel {

    private final SiteProperties site;

    SiteModel(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("elderMode")
    boolean elderMode(HttpServletRequest request) {
        return ElderMode.isOn(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The logged-in visitor for the header (name, 我的来信, 退出); {@code null} when anonymous. */
    @ModelAttribute("visitor")
    SignedInVisitor visitor() {
        return SignedInVisitor.current().orElse(null);
    }

    /**
     * The gateway's CSRF token of the visitor's login, for the forms that act as the account: the
     * header's 退出 form (the gateway's {@code POST /logout} needs it) and the letter forms
     * ({@link SignedInVisitor#postedByThisLogin}). The gateway sends it with a logged-in visitor's
     * requests, after removing any a client sent.
     */
    @ModelAttribute("csrfToken")
    String csrfToken(HttpServletRequest request) {
        return SignedInVisitor.csrfToken(request);
    }

    /** Where the 长者模式 switch brings the reader back to: this very page. */
    @ModelAttribute("returnPath")
    String returnPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
