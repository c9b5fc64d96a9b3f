package io.zhengtong.gateway.session;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

/**
 * Rebuilds ID tokens and UserInfo from what the session cookie keeps. The ID token was verified
 * (signature, issuer, audience, nonce) at login; the cookie is authenticated by AES-GCM, so its
 * claims are only decoded here, with the same claim types Spring Security's decoder produces.
 */
final class IdTokens {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final ClaimTypeConverter ID_TOKEN_CLAIMS = new ClaimTypeConverter(
			ReactiveOidcIdTokenDecoderFactory.createDefaultClaimTypeConverters());

	private static final ClaimTypeConverter USER_INFO_CLAIMS = new ClaimTypeConverter(
			OidcReactiveOAuth2UserService.createDefaultClaimTypeConverters());

	private IdTokens() {
	}

	/** The ID token of the given compact JWT, or null if it cannot be decoded. */
	static @Nullable OidcIdToken decode(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length < 2) {
			return null;
		}
		try {
			Map<String, Object> raw = MAPPER.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<>() {
			});
			Map<String, Object> claims = ID_TOKEN_CLAIMS.convert(raw);
			if (claims == null) {
				return null;
			}
			Instant issuedAt = (Instant) claims.get("iat");
			Instant expiresAt = (Instant) claims.get("exp");
			return new OidcIdToken(jwt, issuedAt, expiresAt, claims);
		}
		catch (JacksonException | IllegalArgumentException | ClassCastException ex) {
			return null;
		}
	}

	static @Nullable OidcUserInfo userInfo(@Nullable Map<String, Object> stored) {
		if (stored == null || stored.isEmpty()) {
			return null;
		}
		Map<String, Object> claims = USER_INFO_CLAIMS.convert(stored);
		return (claims != null) ? new OidcUserInfo(claims) : null;
	}

}
