package io.zhengtong.platform.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the organisation directory comes from.
 *
 * @param keycloakUrl Keycloak's internal base URL including its context path, e.g. http://127.0.0.1:8180/auth
 * @param realm the realm whose groups are the units
 * @param clientId this service's own client (client credentials, may read groups)
 * @param clientSecret its secret
 * @param rootGroup the group that stands for the whole county
 * @param cacheTtl how long the unit list is served before it is read again
 */
@ConfigurationProperties("zhengtong.directory")
public record DirectoryProperties(String keycloakUrl, String realm, String clientId, String clientSecret,
        String rootGroup, Duration cacheTtl) {

    public DirectoryProperties {
        realm = realm == null ? "zhengtong" : realm;
        rootGroup = rootGroup == null ? "fengxian" : rootGroup;
        cacheTtl = cacheTtl == null ? Duration.ofMinutes(10) : cacheTtl;
    }
}
