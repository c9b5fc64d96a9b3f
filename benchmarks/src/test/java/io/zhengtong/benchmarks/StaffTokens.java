package io.zhengtong.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real Keycloak access tokens for the staff users of the lifecycle, one per user, fetched with
 * the public test client's password grant (as the integration tests do) and fetched again a
 * minute before they expire. Staff log in once a day, not once per letter, so the benchmark
 * must not charge a login to every lifecycle.
 */
final class StaffTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private record Token(String value, long refreshAtNanos) {
    }

    private final String tokenUrl;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    StaffTokens(String keycloakUrl, String password) {
        this.tokenUrl = keycloakUrl.replaceAll("/+$", "") + "/realms/zhengtong/protocol/openid-connect/token";
        this.password = password;
    }

    /** The user's current token (blocking only when a new one is needed, a few times per run). */
    String get(String username) {
        Token token = tokens.get(username);
        if (token == null || System.nanoTime() > token.refreshAtNanos()) {
            token = tokens.compute(username, (user, old) -> old != null && System.nanoTime() <= old.refreshAtNanos()
                    ? old : fetch(user));
        }
        return token.value();
    }

    private Token fetch(String username) {
        String form = "grant_type=password&client_id=zhengtong-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak gave no token for " + username + " (" + response.statusCode() + ")");
            }
            Matcher expires = EXPIRES_IN.matcher(response.body());
            long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
            long refreshIn = Math.max(10, seconds - 60);
            return new Token(token.group(1), System.nanoTime() + Duration.ofSeconds(refreshIn).toNanos());
        }
        catch (IOException e) {
            throw new IllegalStateException("Keycloak (" + tokenUrl + ") does not answer", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }
}
