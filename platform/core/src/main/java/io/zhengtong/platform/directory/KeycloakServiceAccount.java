package io.zhengtong.platform.directory;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The service's own access token for Keycloak's admin API (client credentials of
 * {@code zhengtong.directory.client-id}), kept until 30 s before it expires. One per service (a
 * bean of {@link DirectoryAutoConfiguration}): whoever reads the realm (the directory, a service
 * looking people up) asks it for the bearer token.
 */
public final class KeycloakServiceAccount {

    private final DirectoryProperties properties;
    private final RestClient http;
    private final Clock clock;
    private volatile AccessToken token;

    /** {@code http} must point at Keycloak ({@code zhengtong.directory.keycloak-url}). */
    public KeycloakServiceAccount(DirectoryProperties properties, RestClient http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    public String accessToken() {
        AccessToken current = token;
        if (current == null || current.expiresAt().isBefore(clock.instant().plusSeconds(30))) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.clientId());
            form.add("client_secret", properties.clientSecret());
            TokenResponse response = http.post()
                .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
            if (response == null || response.access_token() == null) {
                throw new RestClientException("Keycloak returned no access token for " + properties.clientId());
            }
            current = new AccessToken(response.access_token(), clock.instant().plusSeconds(response.expires_in()));
            token = current;
        }
        return current.value();
    }

    private record AccessToken(String value, Instant expiresAt) {
    }

    // Named as Keycloak's JSON names them.
    private record TokenResponse(String access_token, long expires_in) {
    }
}
