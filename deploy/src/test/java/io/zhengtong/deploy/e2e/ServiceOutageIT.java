package io.zhengtong.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stopped service costs its users a quick, clear 503, never a hanging page. */
class ServiceOutageIT {

    private static final String STOPPED = "meeting";
    private static HttpClient http;

    @BeforeAll
    static void stopTheMeetingService() throws Exception {
        http = RunningPlatform.http(null);
        RunningPlatform.launcher("stop", STOPPED);
    }

    @AfterAll
    static void startItAgain() throws Exception {
        RunningPlatform.launcher("start", STOPPED);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(RunningPlatform.PUBLIC_URL + path))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(30))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiCallToTheStoppedServiceIsA503ProblemWithinSeconds() throws Exception {
        Instant start = Instant.now();

        HttpResponse<String> response = get("/api/meeting/me", "application/json");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("服务暂时不可用").contains("\"status\":503");
    }

    @Test
    void aBrowserGetsAFriendlyChinesePageInstead() throws Exception {
        HttpResponse<String> response = get("/api/meeting/me", "text/html");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("<html").contains("lang=\"zh-CN\"").contains("服务暂时不可用");
    }

    @Test
    void theOtherServicesKeepAnswering() throws Exception {
        HttpResponse<String> response = get("/api/mailbox/me", "application/json");

        assertThat(response.statusCode()).isEqualTo(401); // up, and asking for a login
    }
}
