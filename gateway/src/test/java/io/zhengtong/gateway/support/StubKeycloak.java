package io.zhengtong.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak's back channel as the gateway uses it: token endpoint (authorization code with PKCE,
 * refresh token), UserInfo and keys, with ID tokens signed like Keycloak's. The browser side
 * (login form) is played by the test: it takes the state, nonce and PKCE challenge from the
 * gateway's redirect and gets a code here.
 */
public final class StubKeycloak implements AutoCloseable {

	public static final String ISSUER = "https://localhost:8443/auth/realms/zhengtong";

	private static final String REALM = "/auth/realms/zhengtong/protocol/openid-connect";

	private final StubServer server = StubServer.start();

	private final RSAKey key;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();

	private final AtomicInteger accessTokens = new AtomicInteger();

	private volatile long accessTokenLifetime = 300;

	private volatile boolean refreshAllowed = true;

	public StubKeycloak() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		this.server.respond(this::answer);
	}

	/** Keycloak's internal URL, including {@code /auth}. */
	public String url() {
		return this.server.url() + "/auth";
	}

	public StubServer server() {
		return this.server;
	}

	/** Logs the user in "at Keycloak" and returns the authorization code for the callback. */
	public String login(String username, String nonce, String codeChallenge) {
		String code = "code-" + username + "-" + this.codes.size();
		this.codes.put(code, new PendingCode(username, nonce, codeChallenge));
		return code;
	}

	public void accessTokensLast(long seconds) {
		this.accessTokenLifetime = seconds;
	}

	/** Makes refreshes fail like an ended Keycloak session ({@code invalid_grant}). */
	public void endSessions() {
		this.refreshAllowed = false;
	}

	public void allowRefreshes() {
		this.refreshAllowed = true;
	}

	public List<StubServer.Request> tokenRequests() {
		return this.server.requests().stream().filter((request) -> request.path().endsWith("/token")).toList();
	}

	@Override
	public void close() {
		this.server.close();
	}

	private StubServer.Response answer(StubServer.Request request) {
		return switch (request.path()) {
			case REALM + "/certs" -> StubServer.Response.json(200, new JWKSet(this.key.toPublicJWK()).toString());
			case REALM + "/token" -> token(request);
			case REALM + "/userinfo" -> userInfo(request);
			default -> new StubServer.Response(200, Map.of("Content-Type", "text/html;charset=UTF-8"),
					"<html lang=\"zh-CN\"><body>登录</body></html>", java.time.Duration.ZERO);
		};
	}

	private StubServer.Response token(StubServer.Request request) {
		Map<String, String> form = request.form();
		if (!"Basic ".concat(base64("zhengtong-gateway:test-client-secret"))
			.equals(request.headers().getFirst("Authorization"))) {
			return StubServer.Response.json(401, "{\"error\":\"unauthorized_client\"}");
		}
		if ("authorization_code".equals(form.get("grant_type"))) {
			PendingCode pending = this.codes.remove(form.getOrDefault("code", ""));
			if (pending == null || !pending.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
				return StubServer.Response.json(400, "{\"error\":\"invalid_grant\"}");
			}
			return tokens(pending.username(), pending.nonce());
		}
		if ("refresh_token".equals(form.get("grant_type"))) {
			String refreshToken = form.getOrDefault("refresh_token", "");
			if (!this.refreshAllowed || !refreshToken.startsWith("refresh-")) {
				return StubServer.Response.json(400,
						"{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}");
			}
			return tokens(refreshToken.substring("refresh-".length()), null);
		}
		return StubServer.Response.json(400, "{\"error\":\"unsupported_grant_type\"}");
	}

	private StubServer.Response tokens(String username, String nonce) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("access_token", "access-" + this.accessTokens.incrementAndGet());
		body.put("token_type", "Bearer");
		body.put("expires_in", this.accessTokenLifetime);
		body.put("refresh_token", "refresh-" + username);
		body.put("refresh_expires_in", 1800);
		body.put("scope", "openid profile email");
		if (nonce != null) {
			body.put("id_token", idToken(username, nonce));
		}
		return StubServer.Response.json(200, this.json.writeValueAsString(body));
	}

	private StubServer.Response userInfo(StubServer.Request request) {
		String authorization = request.headers().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer access-")) {
			return StubServer.Response.json(401, "{\"error\":\"invalid_token\"}");
		}
		return StubServer.Response.json(200, "{\"sub\":\"sub-zhang.wei\",\"preferred_username\":\"zhang.wei\","
				+ "\"name\":\"张伟\",\"unit_code\":\"fx-zfb\"}");
	}

	private String idToken(String username, String nonce) {
		try {
			Instant now = Instant.now();
			JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
				.subject("sub-" + username)
				.audience("zhengtong-gateway")
				.claim("azp", "zhengtong-gateway")
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(300)))
				.claim("auth_time", now.getEpochSecond())
				.claim("nonce", nonce)
				.claim("preferred_username", username)
				.claim("name", "张伟")
				.build();
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record PendingCode(String username, String nonce, String codeChallenge) {
	}

}
