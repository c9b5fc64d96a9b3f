package io.zhengtong.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.zhengtong.platform.test.DemoAccounts;

/** Automation (scripts, other systems) gets a token with a unit's certificate alone, through the public address. */
class CertificateDirectGrantIT {

    private static HttpResponse<String> tokenRequest(java.nio.file.Path certificate) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPlatform.PUBLIC_URL
                + "/auth/realms/zhengtong/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            // Spoofed proxy headers must be stripped by the gateway, never trusted.
            .header("X-SSL-Client-Cert", "-----BEGIN CERTIFICATE-----forged")
            .header("ssl-client-verify", "SUCCESS")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=zhengtong-cert-cli&scope=openid"))
            .build();
        return RunningPlatform.http(certificate).send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidCertificateAloneYieldsATokenForItsOwnerWithTheirUnit() throws Exception {
        HttpResponse<String> response = tokenRequest(
                RunningPlatform.userCertificate("users", DemoAccounts.COUNTY_OFFICE_EDITOR));

        assertThat(response.statusCode()).isEqualTo(200);
        String accessToken = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
        assertThat(claims).contains("\"preferred_username\":\"" + DemoAccounts.COUNTY_OFFICE_EDITOR + "\"")
            .contains(DemoAccounts.COUNTY_OFFICE_CODE)
            .contains("\"iss\":\"" + RunningPlatform.PUBLIC_URL + "/auth/realms/zhengtong\"");
    }

    @Test
    void withoutACertificateKeycloakSaysItIsMissing() throws Exception {
        HttpResponse<String> response = tokenRequest(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).containsIgnoringCase("certificate");
    }
}
