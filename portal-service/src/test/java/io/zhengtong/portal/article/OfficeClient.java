package io.zhengtong.portal.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.KeycloakTokens;

/** The OA client's calls to the article API, as a given demo user (or anonymous), without throwing on errors. */
public final class OfficeClient {

    public static final String ZHANG_WEI = "zhang.wei"; // editor, gov-office
    public static final String LI_NA = "li.na"; // reviewer, gov-office (the host unit)
    public static final String HUANG_LI = "huang.li"; // editor, culture-tourism
    public static final String YANG_MIN = "yang.min"; // staff, education, no editor role
    public static final String MA_JUN = "ma.jun"; // platform-admin
    public static final String CITIZEN = "wang.xiaoming";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RestClient http;
    private final String token;

    private OfficeClient(int port, String token) {
        this.http = RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
        this.token = token;
    }

    public static OfficeClient as(String username, int port) {
        return new OfficeClient(port, TOKENS.computeIfAbsent(username, KeycloakTokens::accessToken));
    }

    static OfficeClient anonymous(int port) {
        return new OfficeClient(port, null);
    }

    ResponseEntity<Map> get(String uri, Object... variables) {
        return http.get().uri(uri, variables).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).retrieve().toEntity(Map.class);
    }

    ResponseEntity<List> getList(String uri) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(token)).retrieve().toEntity(List.class);
    }

    ResponseEntity<Map> post(String uri, Object body, Object... variables) {
        return http.post().uri(uri, variables).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> put(String uri, Object body, Object... variables) {
        return http.put().uri(uri, variables).headers(h -> h.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    /** Drafts an article; answers its detail. */
    public Map<String, Object> draft(String title, String channel, String bodyHtml) {
        ResponseEntity<Map> created = post("/api/portal/articles",
                Map.of("title", title, "channelCode", channel, "bodyHtml", bodyHtml));
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("drafting failed: " + created);
        }
        return created.getBody();
    }

    /** A transition with the version the article had; answers the new detail (asserting 200). */
    public Map<String, Object> act(String action, Map<String, Object> article, String reason) {
        ResponseEntity<Map> answer = transition(action, article, reason);
        if (answer.getStatusCode().value() != 200) {
            throw new IllegalStateException(action + " failed: " + answer);
        }
        return answer.getBody();
    }

    ResponseEntity<Map> transition(String action, Map<String, Object> article, String reason) {
        Map<String, Object> body = reason == null ? Map.of("version", article.get("version"))
                : Map.of("version", article.get("version"), "reason", reason);
        return post("/api/portal/articles/{id}/" + action, body, article.get("id"));
    }
}
