package io.zhengtong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/** A citizen opening the county's address gets a page in Chinese, without logging in. */
@IntegrationTest
class PublicHomePageIT {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorSeesTheCountyHomePageWithTheWayToTheOa() {
        ResponseEntity<String> home = RestClient.create("http://127.0.0.1:" + port).get().uri("/")
            .accept(MediaType.TEXT_HTML)
            .retrieve()
            .toEntity(String.class);

        assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(home.getBody()).contains("lang=\"zh-CN\"").contains("凤县人民政府门户网站").contains("href=\"/oa/\"");
    }
}
