package io.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall lets through exactly what Spring Security's own expressions let through. */
class RequestCharactersTest {

    // StrictHttpFirewall's defaults (Spring Security 7).
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterIsJudgedAsSpringSecurityJudgesIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "ab" + Character.toString(codePoint) + "c";
            assertThat(RequestCharacters.allowedInName(text)).as("U+%04X in a name", codePoint)
                .isEqualTo(NAME.matcher(text).matches());
            assertThat(RequestCharacters.allowedInHeaderValue(text)).as("U+%04X in a header value", codePoint)
                .isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }

    @Test
    void aBearerTokenAndChineseTextPassAControlCharacterDoesNot() {
        assertThat(RequestCharacters.allowedInHeaderValue("Bearer eyJhbGciOi.eyJzdWIiOi-_x.sig+/=")).isTrue();
        assertThat(RequestCharacters.allowedInHeaderValue("filename=\"县长信箱.pdf\"\t")).isTrue();
        assertThat(RequestCharacters.allowedInHeaderValue("a\r\nSet-Cookie: x")).isFalse();
        assertThat(RequestCharacters.allowedInName("X-Query\tPassword")).isFalse();
        assertThat(RequestCharacters.allowedInName("")).isTrue();
    }
}
