package io.zhengtong.gateway.headers;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers on every response.
 *
 * @param contentSecurityPolicy the CSP added where the response has none
 * @param permissionsPolicy the Permissions-Policy
 * @param hstsMaxAge HSTS max-age, sent on HTTPS only
 * @param ownPolicyPaths path patterns whose responses keep their own framing and content
 * policies (Keycloak's pages set theirs and frame each other)
 */
@ConfigurationProperties("zhengtong.headers")
public record SecurityHeadersProperties(@DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
		@DefaultValue(DEFAULT_PERMISSIONS) String permissionsPolicy, @DefaultValue("365d") Duration hstsMaxAge,
		@DefaultValue("/auth/**") List<String> ownPolicyPaths) {

	static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "browsing-topics=()";

}
