package io.zhengtong.gateway.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Logins as Spring Security creates them after a Keycloak login, for tests. */
public final class TestLogins {

	public static final String ISSUER = "https://localhost:8443/auth/realms/zhengtong";

	private TestLogins() {
	}

	public static ClientRegistration registration() {
		return ClientRegistration.withRegistrationId("keycloak")
			.clientId("zhengtong-gateway")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(ISSUER + "/protocol/openid-connect/auth")
			.tokenUri("http://127.0.0.1:8180/auth/realms/zhengtong/protocol/openid-connect/token")
			.jwkSetUri("http://127.0.0.1:8180/auth/realms/zhengtong/protocol/openid-connect/certs")
			.userNameAttributeName("preferred_username")
			.issuerUri(ISSUER)
			.build();
	}

	/** An unsigned JWT with these claims (the session cookie keeps the ID token as issued). */
	public static String jwt(Map<String, Object> claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(JsonMapper.builder().build().writeValueAsBytes(claims));
		return header + "." + payload + ".c2lnbmF0dXJl";
	}

	public static OAuth2AuthenticationToken login(String username, String name, Instant now) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("sub", "f6a1c0de-" + username);
		claims.put("aud", List.of("zhengtong-gateway"));
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plusSeconds(300).getEpochSecond());
		claims.put("auth_time", now.getEpochSecond());
		claims.put("nonce", "n-0S6_WzA2Mj");
		claims.put("preferred_username", username);
		claims.put("name", name);
		claims.put("unit_code", "fx-zfb");
		Map<String, Object> typed = new LinkedHashMap<>(claims);
		typed.put("iat", now);
		typed.put("exp", now.plusSeconds(300));
		typed.put("auth_time", now);
		OidcIdToken idToken = new OidcIdToken(jwt(claims), now, now.plusSeconds(300), typed);
		OidcUserInfo userInfo = new OidcUserInfo(Map.of("sub", "f6a1c0de-" + username, "preferred_username",
				username, "name", name, "email", username + "@fengxian.gov.cn", "updated_at", now));
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new OidcUserAuthority("OIDC_USER", idToken, userInfo, "preferred_username"));
		authorities.add(new SimpleGrantedAuthority("SCOPE_openid"));
		authorities.add(new SimpleGrantedAuthority("SCOPE_profile"));
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
			.issuedAt(now)
			.build());
		DefaultOidcUser user = new DefaultOidcUser(authorities, idToken, userInfo, "preferred_username");
		return new OAuth2AuthenticationToken(user, authorities, "keycloak");
	}

	public static OAuth2AuthorizedClient authorizedClient(ClientRegistration registration, String principal,
			Instant issuedAt, Instant expiresAt) {
		OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				"access-" + principal + "-" + issuedAt.getEpochSecond(), issuedAt, expiresAt,
				Set.of("openid", "profile"));
		OAuth2RefreshToken refresh = new OAuth2RefreshToken("refresh-" + principal, issuedAt,
				issuedAt.plusSeconds(1800));
		return new OAuth2AuthorizedClient(registration, principal, access, refresh);
	}

}
