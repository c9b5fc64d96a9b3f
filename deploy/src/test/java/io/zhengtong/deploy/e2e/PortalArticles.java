package io.zhengtong.deploy.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.zhengtong.platform.test.DemoAccounts;
import io.zhengtong.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's article REST API, called directly on portal-service with real tokens: to set up
 * what a browser test needs and to take the demo site back to how it was (withdraw what a test
 * published).
 */
final class PortalArticles {

    static final String PORTAL_URL = System.getProperty("zhengtong.e2e.portal-url", "http://127.0.0.1:8081");

    static final String EDITOR = "zhang.wei";
    static final String REVIEWER = "li.na";
    static final String CLEAN_UP_REASON = "端到端测试结束";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PortalArticles() {
    }

    /** An editor drafts an article in a channel; returns its id. */
    static long draft(String title, String channelCode, String bodyHtml) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("channelCode", channelCode);
        body.put("bodyHtml", bodyHtml);
        return call(EDITOR, "POST", "/api/portal/articles", body, 201).get("id").asLong();
    }

    static JsonNode submit(long id) {
        return transition(EDITOR, id, "submit", null);
    }

    static JsonNode approve(long id) {
        return transition(REVIEWER, id, "approve", null);
    }

    /** Drafts, submits and approves an article: it is on the website now. */
    static long publish(String title, String channelCode, String bodyHtml) {
        long id = draft(title, channelCode, bodyHtml);
        submit(id);
        approve(id);
        return id;
    }

    static JsonNode detail(String username, long id) {
        return call(username, "GET", "/api/portal/articles/" + id, null, 200);
    }

    /** Takes an article the test published off the website again, if it is still there; never fails the test. */
    static void withdrawQuietly(Long id) {
        if (id == null) {
            return;
        }
        try {
            if ("PUBLISHED".equals(detail(REVIEWER, id).get("status").asString())) {
                transition(REVIEWER, id, "withdraw", CLEAN_UP_REASON);
            }
        }
        catch (RuntimeException e) {
            System.err.println("could not withdraw test article " + id + ": " + e.getMessage());
        }
    }

    static JsonNode transition(String username, long id, String action, String reason) {
        long version = detail(username, id).get("version").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return call(username, "POST", "/api/portal/articles/" + id + "/" + action, body, 200);
    }

    /**
     * A real token for a demo user (the direct grant of the public test client). Not
     * {@code KeycloakTokens}: its RestClient picks Jetty's client when Jetty is on the class path,
     * and the Nu Html Checker needs Jetty 11 there, which Spring's Jetty support cannot use.
     */
    static String accessToken(String username) {
        String form = "grant_type=password&client_id=zhengtong-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestInfrastructure.backing().keycloakUrl()
                + "/realms/zhengtong/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak gave no token for " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        }
        catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode call(String username, String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL_URL + path))
                .header("Authorization", "Bearer " + accessToken(username))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            else {
                request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " as " + username + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
