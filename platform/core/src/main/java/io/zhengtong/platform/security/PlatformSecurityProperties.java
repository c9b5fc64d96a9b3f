package io.zhengtong.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths Ant-style paths anyone may call without a token (e.g. the public website);
 *     health probes and the OpenAPI description are always public
 */
@ConfigurationProperties("zhengtong.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
