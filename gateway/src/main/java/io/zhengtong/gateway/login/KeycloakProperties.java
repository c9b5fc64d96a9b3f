package io.zhengtong.gateway.login;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is, seen from the browser and from the gateway, and the gateway's client.
 *
 * @param publicUrl the public base URL of the platform (the gateway); the browser reaches Keycloak
 * at {@code <publicUrl>/auth}, and tokens are issued for {@code <publicUrl>/auth/realms/<realm>}
 * @param keycloakUrl Keycloak's internal URL, including its {@code /auth} path: tokens, UserInfo
 * and keys are fetched there directly, never through the gateway
 * @param login the OIDC client the gateway logs users in with
 */
@ConfigurationProperties("zhengtong")
public record KeycloakProperties(@DefaultValue("https://localhost:8443") URI publicUrl,
		@DefaultValue("http://127.0.0.1:8180/auth") URI keycloakUrl, @DefaultValue Login login) {

	/** The realm as the browser and the tokens see it: {@code https://localhost:8443/auth/realms/zhengtong}. */
	public String publicRealmUrl() {
		return stripSlash(this.publicUrl.toString()) + "/auth/realms/" + this.login.realm();
	}

	/** The realm as the gateway reaches it: {@code http://127.0.0.1:8180/auth/realms/zhengtong}. */
	public String internalRealmUrl() {
		return stripSlash(this.keycloakUrl.toString()) + "/realms/" + this.login.realm();
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * @param realm the Keycloak realm
	 * @param clientId the confidential client of the gateway
	 * @param clientSecret its secret ({@code $ZT_GATEWAY_CLIENT_SECRET})
	 * @param redirectUri where Keycloak sends the browser back; {@code {baseUrl}} is the URL the
	 * browser used (so HTTPS and plain HTTP logins each come back where they started)
	 * @param scopes the scopes to ask for
	 */
	public record Login(@DefaultValue("zhengtong") String realm, @DefaultValue("zhengtong-gateway") String clientId,
			@Nullable String clientSecret,
			@DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri,
			@DefaultValue({ "openid", "profile", "email" }) List<String> scopes) {
	}

}
