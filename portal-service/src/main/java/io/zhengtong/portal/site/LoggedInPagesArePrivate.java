package io.zhengtong.portal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Website pages rendered for a logged-in visitor show their name (and may show their letters):
 * no shared cache may keep them. Set before the page is rendered, so a page that says more
 * ({@code no-store}, or {@link SiteFreshness}'s private revalidation) still has the last word.
 * Runs after Spring Security's filters (a plain filter bean), when the visitor is known.
 */
@Component
class LoggedInPagesArePrivate extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/site/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignedInVisitor.isPresent()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
        }
        chain.doFilter(request, response);
    }
}
