package io.zhengtong.mailbox.web;

import io.zhengtong.mailbox.testsupport.CitizenSubmission;
import io.zhengtong.platform.test.KeycloakTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * All lines of the caller's work list ({@code /api/mailbox/letters}, optionally with
     * {@code ?status=}), page by page: a test database reused across runs keeps every run's letters,
     * so a new letter need not be on the first page.
     */
    List<Map<String, Object>> workList(String user, String uri) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResponseEntity<Map> answer = get(user, uri + (uri.contains("?") ? "&" : "?") + "size=100&page=" + page);
            List<Map<String, Object>> content = (List<Map<String, Object>>) answer.getBody().get("content");
            lines.addAll(content);
            if (content.size() < 100) {
                return lines;
            }
        }
    }

    /** The id of the letter with this tracking code, looked up as a dispatcher does (查询码). */
    String letterId(String user, String trackingCode) {
        List<Map<String, Object>> found = (List<Map<String, Object>>) get(user, "/api/mailbox/letters?q={code}", trackingCode)
            .getBody().get("content");
        return (String) found.getFirst().get("id");
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
        CitizenSubmission citizen = CitizenSubmission.solve(http, address);
        return http.post().uri("/api/mailbox/public/letters").headers(citizen::from)
            .contentType(MediaType.APPLICATION_JSON).body(citizen.fill(form)).retrieve().toEntity(Map.class);
    }

    static String randomAddress() {
        return CitizenSubmission.randomAddress();
    }

    /** The answer to a captcha question such as 七加五等于几？, in digits. */
    static String answer(String question) {
        return CitizenSubmission.answer(question);
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
