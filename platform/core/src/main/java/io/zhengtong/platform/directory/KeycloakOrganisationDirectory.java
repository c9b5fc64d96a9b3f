package io.zhengtong.platform.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Reads the units from Keycloak's admin API with the service's own client credentials. The list
 * is cached and refreshed in the background; while Keycloak is unreachable the last list read is
 * kept, so a Keycloak restart does not break pages that show unit names; if nothing could be read
 * yet, the directory is empty rather than failing its callers.
 */
public final class KeycloakOrganisationDirectory implements OrganisationDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganisationDirectory.class);

    private final DirectoryProperties properties;
    private final RestClient http;
    private final KeycloakServiceAccount account;
    private final LoadingCache<String, List<Unit>> cache;

    /** {@code account} is the service's one Keycloak client, shared with whoever else reads the realm. */
    public KeycloakOrganisationDirectory(DirectoryProperties properties, RestClient.Builder http,
            KeycloakServiceAccount account) {
        this.properties = properties;
        this.http = http.clone().baseUrl(properties.keycloakUrl()).build();
        this.account = account;
        this.cache = Caffeine.newBuilder()
            .refreshAfterWrite(properties.cacheTtl())
            .build(realm -> readUnits());
    }

    @Override
    public List<Unit> units() {
        try {
            return cache.get(properties.realm());
        }
        catch (RuntimeException unreachable) {
            // Nothing read yet and Keycloak unreachable: callers show codes instead of names.
            log.warn("Organisation directory unavailable: {}", unreachable.getMessage());
            return List.of();
        }
    }

    private List<Unit> readUnits() {
        List<Unit> units = new ArrayList<>();
        List<GroupRepresentation> roots = http.get()
            .uri("/admin/realms/{realm}/groups?briefRepresentation=false&max=1000", properties.realm())
            .headers(headers -> headers.setBearerAuth(account.accessToken()))
            .retrieve()
            .body(GroupList.TYPE);
        for (GroupRepresentation root : roots == null ? List.<GroupRepresentation>of() : roots) {
            if (root.name().equals(properties.rootGroup())) {
                collect(root, null, units);
            }
        }
        log.info("Organisation directory read {} units from Keycloak", units.size());
        return List.copyOf(units);
    }

    private void collect(GroupRepresentation group, String parentCode, List<Unit> units) {
        units.add(group.toUnit(parentCode));
        List<GroupRepresentation> children = http.get()
            .uri("/admin/realms/{realm}/groups/{id}/children?briefRepresentation=false&max=1000", properties.realm(),
                    group.id())
            .headers(headers -> headers.setBearerAuth(account.accessToken()))
            .retrieve()
            .body(GroupList.TYPE);
        (children == null ? List.<GroupRepresentation>of() : children).stream()
            .sorted(Comparator.comparingInt(GroupRepresentation::sort).thenComparing(GroupRepresentation::name))
            .forEach(child -> collect(child, group.name(), units));
    }

    record GroupRepresentation(String id, String name, Map<String, List<String>> attributes) {

        Unit toUnit(String parentCode) {
            return new Unit(name, attribute("fullName", name), attribute("shortName", name), attribute("type", "unit"),
                    parentCode, sort());
        }

        int sort() {
            try {
                return Integer.parseInt(attribute("sort", "0"));
            }
            catch (NumberFormatException notANumber) {
                return 0;
            }
        }

        private String attribute(String key, String fallback) {
            List<String> values = attributes == null ? null : attributes.get(key);
            return values == null || values.isEmpty() ? fallback : values.getFirst();
        }
    }

    private static final class GroupList {
        static final ParameterizedTypeReference<List<GroupRepresentation>> TYPE = new ParameterizedTypeReference<>() {
        };
    }
}
