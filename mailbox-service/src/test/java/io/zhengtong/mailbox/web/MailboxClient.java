package io.zhengtong.mailbox.web;

import io.zhengtong.platform.test.KeycloakTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The mailbox API as the OA client and the citizens' pages call it: as a demo user ({@code null}
 * for anonymous), with a real Keycloak token, answering every status instead of throwing.
 */
final class MailboxClient {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RestClient http;

    MailboxClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    /** For the odd call the helpers below do not cover. */
    RestClient http() {
        return http;
    }

    ResponseEntity<Map> get(String user, String uri, Object... vars) {
        return http.get().uri(uri, vars).headers(h -> auth(h, user)).retrieve().toEntity(Map.class);
    }

    ResponseEntity<List> getList(String user, String uri, Object... vars) {
        return http.get().uri(uri, vars).headers(h -> auth(h, user)).retrieve().toEntity(List.class);
    }

    ResponseEntity<Map> post(String user, String uri, Object body, Object... vars) {
        return http.post().uri(uri, vars).headers(h -> auth(h, user)).contentType(MediaType.APPLICATION_JSON).body(body)
            .retrieve().toEntity(Map.class);
    }

    /**
     * Writes a letter as a citizen does: fetches a captcha, answers its question (the non-visual
     * alternative a screen reader reads out) and submits, from a fresh client address each time
     * (as the gateway reports it), so the per-address limit does not interfere with other tests.
     */
    ResponseEntity<Map> submitLetter(Map<String, Object> form) {
        return submitLetter(form, randomAddress());
    }

    /** Writes a letter with a solved captcha, from {@code address} (sent as the gateway's {@code X-Forwarded-For}). */
    ResponseEntity<Map> submitLetter(Map<String, Object> form, String address) {
        Map<String, Object> captcha = get(null, "/api/mailbox/public/captcha").getBody();
        Map<String, Object> solved = new HashMap<>(form);
        solved.put("captchaId", captcha.get("id"));
        solved.put("captchaAnswer", answer((String) captcha.get("question")));
        return http.post().uri("/api/mailbox/public/letters").header("X-Forwarded-For", address)
            .contentType(MediaType.APPLICATION_JSON).body(solved).retrieve().toEntity(Map.class);
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static final String NUMBERS = "零一二三四五六七八九十";
    private static final Pattern SUM = Pattern.compile("([零一二三四五六七八九十])([加减])([零一二三四五六七八九十])等于几？");

    /** The answer to a captcha question such as 七加五等于几？, in digits. */
    static String answer(String question) {
        Matcher sum = SUM.matcher(question);
        if (!sum.matches()) {
            throw new IllegalArgumentException("not a captcha question: " + question);
        }
        int a = NUMBERS.indexOf(sum.group(1));
        int b = NUMBERS.indexOf(sum.group(3));
        return Integer.toString("加".equals(sum.group(2)) ? a + b : a - b);
    }

    /** The citizen's letter page, opened with the tracking code and the query password. */
    ResponseEntity<Map> track(String code, String password) {
        return http.get().uri("/api/mailbox/public/letters/{code}", code).header("X-Query-Password", password)
            .retrieve().toEntity(Map.class);
    }

    private static void auth(HttpHeaders headers, String user) {
        if (user != null) {
            headers.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken));
        }
    }
}
