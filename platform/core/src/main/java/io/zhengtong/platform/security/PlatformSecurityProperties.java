package io.zhengtong.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths Ant-style paths anyone may call without a token (e.g. public API
 *     endpoints); health probes and the OpenAPI description are always public
 * @param website whether the service renders the public website: then every path outside
 *     {@code /api/**} and {@code /actuator/**} is public (pages, and a friendly 404 for a
 *     mistyped address instead of a 401)
 */
@ConfigurationProperties("zhengtong.security")
public record PlatformSecurityProperties(List<String> publicPaths, boolean website) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
