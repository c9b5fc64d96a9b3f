package io.zhengtong.mailbox.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.test.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Anyone (the website, without a token) reads the attachment limits the service is running with. */
@IntegrationTest
class AttachmentRulesIT {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousCallerReadsThreeFilesOfTenMegabytesAsPdfJpgPngOrDocx() {
        ResponseEntity<Map> answer = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build()
            .get().uri("/api/mailbox/public/attachment-rules").retrieve().toEntity(Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=300, public");
        assertThat(answer.getBody()).containsEntry("maxFiles", 3).containsEntry("maxBytesPerFile", 10 * 1024 * 1024);
        List<Map<String, Object>> types = (List<Map<String, Object>>) answer.getBody().get("types");
        assertThat(types).extracting(t -> t.get("label")).containsExactly("PDF", "JPG", "PNG", "Word（DOCX）");
        assertThat(types.get(1)).containsEntry("mediaType", "image/jpeg").containsEntry("extensions", List.of("jpg", "jpeg"));
    }
}
