package io.zhengtong.platform.test;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Real access tokens from Keycloak for demo users, through the public test client's direct grant. */
public final class KeycloakTokens {

    private KeycloakTokens() {
    }

    public static String accessToken(String username) {
        return accessToken(username, DemoAccounts.PASSWORD);
    }

    public static String accessToken(String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "zhengtong-cli");
        form.add("username", username);
        form.add("password", password);
        form.add("scope", "openid");
        Map<?, ?> response = RestClient.create(TestInfrastructure.backing().keycloakUrl())
            .post()
            .uri("/realms/zhengtong/protocol/openid-connect/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .body(Map.class);
        if (response == null || !(response.get("access_token") instanceof String token)) {
            throw new IllegalStateException("Keycloak gave no access token for " + username);
        }
        return token;
    }
}
