package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/** With mailbox-service down, every mailbox page is a friendly notice, never an error page, and the rest of the site works. */
@IntegrationTest
@TestPropertySource(properties = "zhengtong.services.mailbox=http://127.0.0.1:9")
class MailboxDownIT {

    @LocalServerPort
    int port;

    private RestClient visitor() {
        // The JDK client, as a browser: it does not wait out Retry-After and retry a 503 by itself.
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newHttpClient()))
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private ResponseEntity<String> page(String path) {
        return visitor().get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
    }

    @Test
    void everyMailboxPageSaysTheMailboxIsBrieflyAwayAndTheHomePageStillWorks() {
        for (String path : new String[] { "/mailbox", "/mailbox/county-head/write", "/mailbox/letters", "/mailbox/reports",
                "/mailbox/reports/2026-10", "/mailbox/letters/7d9c" }) {
            ResponseEntity<String> page = page(path);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
            assertThat(page.getHeaders().getFirst("Retry-After")).as(path).isEqualTo("60");
            assertThat(page.getBody()).as(path).contains("领导信箱暂时无法访问", "请稍后再试", "返回首页");
        }
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", "ABCD-EFGH-JKLM");
        form.add("password", "H4NWE-QZ8RT");
        ResponseEntity<String> tracked = visitor().post().uri("/mailbox/track").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form).retrieve().toEntity(String.class);
        assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(tracked.getBody()).contains("领导信箱暂时无法访问").doesNotContain("H4NWE-QZ8RT");

        assertThat(page("/").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onceTheCircuitBreakerHasOpenedThePageIsStillTheFriendlyNotice() {
        IntStream.range(0, 15).forEach(i -> page("/mailbox"));

        ResponseEntity<String> page = page("/mailbox");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(page.getBody()).contains("领导信箱暂时无法访问");
    }
}
