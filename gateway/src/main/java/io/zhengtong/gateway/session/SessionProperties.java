package io.zhengtong.gateway.session;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The encrypted-cookie session.
 *
 * @param key the shared secret all replicas derive the cookie key from ({@code $ZT_SESSION_KEY});
 * when empty a random key is used and sessions end with the process
 * @param maxAge how long a login lasts at most, whatever the tokens say (like Keycloak's SSO
 * session max)
 */
@ConfigurationProperties("zhengtong.session")
public record SessionProperties(@Nullable String key, @DefaultValue("10h") Duration maxAge) {
}
