package io.zhengtong.portal.site;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 长者模式 (适老化): larger text and stronger contrast, remembered in a cookie for a year. A plain
 * link switches it, so it works without JavaScript, and the page is rendered in the chosen mode
 * from the first byte (no flash).
 */
@Controller
class ElderMode {

    static final String COOKIE = "zt_elder";

    static boolean isOn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    @GetMapping("/preferences/elder-mode")
    ResponseEntity<Void> switchMode(@RequestParam(defaultValue = "true") boolean enabled,
            @RequestParam(name = "return", defaultValue = "/") String returnTo) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, enabled ? "1" : "0")
            .path("/")
            .maxAge(enabled ? Duration.ofDays(365) : Duration.ZERO)
            .sameSite("Lax")
            .httpOnly(true)
            .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .header(HttpHeaders.SET_COOKIE, cookie.toString())
            .header(HttpHeaders.LOCATION, localPath(returnTo))
            .build();
    }

    /** Only a path on this site, so the switch cannot be used to send people elsewhere. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/";
        }
        return returnTo;
    }
}
