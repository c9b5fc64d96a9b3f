package io.zhengtong.platform.security;

/**
 * The characters {@link org.springframework.security.web.firewall.StrictHttpFirewall} accepts by
 * default in header names, header values and parameter names (assigned in Unicode, no control
 * character; a header value may hold a tab), checked with a loop instead of its regular
 * expressions: the regex ran over every character of the bearer token, several times a request,
 * and cost a service about 2 % of its CPU.
 */
final class RequestCharacters {

    private RequestCharacters() {
    }

    /** A header or parameter name. */
    static boolean allowedInName(String text) {
        return allowed(text, false);
    }

    static boolean allowedInHeaderValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint) && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
