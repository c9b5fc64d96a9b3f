package io.zhengtong.portal.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.zhengtong.platform.security.CurrentUserAuthentication;

/**
 * Who is logged in on the website: the gateway relays the visitor's access token with the page's
 * request when a session exists (the website route's optional token relay), the platform checks it
 * (the website's paths are public, but a token that comes is verified) and reads it as its
 * {@code CurrentUser}; anonymous visitors have none. Citizens and staff alike (one login for the website and the OA).
 *
 * @param name the display name, e.g. 王小明
 * @param email the account's e-mail address, {@code null} when it has none
 */
public record SignedInVisitor(String username, String name, String email) {

    /** The visitor of the current request, empty when anonymous. */
    public static Optional<SignedInVisitor> current() {
        return token().map(CurrentUserAuthentication::currentUser)
            .map(user -> new SignedInVisitor(user.username(), user.name(), user.email()));
    }

    /** The visitor's access token as it came, to pass on to services on their behalf. */
    public static Optional<String> bearerToken() {
        return token().map(t -> t.getToken().getTokenValue());
    }

    /** The gateway's CSRF token of the visitor's login ({@value #CSRF_HEADER}); {@code null} when anonymous. */
    public static String csrfToken(HttpServletRequest request) {
        return isPresent() ? request.getHeader(CSRF_HEADER) : null;
    }

    /**
     * Whether a form post acts as the logged-in visitor: only if the form carries their login's CSRF
     * token ({@code _csrf}, put there when the form was shown to them). A form from another site, or
     * one shown before they logged in, does not: it is then handled as an anonymous visitor's.
     */
    public static boolean postedByThisLogin(HttpServletRequest request) {
        String expected = csrfToken(request);
        String posted = request.getParameter("_csrf");
        return expected != null && posted != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                posted.getBytes(StandardCharsets.UTF_8));
    }

    static final String CSRF_HEADER = "X-Zt-Csrf-Token";

    static boolean isPresent() {
        return token().isPresent();
    }

    private static Optional<CurrentUserAuthentication> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CurrentUserAuthentication user ? Optional.of(user) : Optional.empty();
    }
}
