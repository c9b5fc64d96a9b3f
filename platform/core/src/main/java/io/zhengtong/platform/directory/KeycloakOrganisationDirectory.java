package io.zhengtong.platform.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

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
    private final Clock clock;
    private final LoadingCache<String, List<Unit>> cache;
    private volatile AccessToken token;

    public KeycloakOrganisationDirectory(DirectoryProperties properties, RestClient.Builder http, Clock clock) {
        this.properties = properties;
        this.http = http.baseUrl(properties.keycloakUrl()).build();
        this.clock = clock;
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
            .headers(headers -> headers.setBearerAuth(accessToken()))
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
            .headers(headers -> headers.setBearerAuth(accessToken()))
            .retrieve()
            .body(GroupList.TYPE);
        (children == null ? List.<GroupRepresentation>of() : children).stream()
            .sorted(Comparator.comparingInt(GroupRepresentation::sort).thenComparing(GroupRepresentation::name))
            .forEach(child -> collect(child, group.name(), units));
    }

    private String accessToken() {
        AccessToken current = token;
        if (current == null || current.expiresAt().isBefore(clock.instant().plusSeconds(30))) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.clientId());
            form.add("client_secret", properties.clientSecret());
            TokenResponse response = http.post()
                .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
            if (response == null || response.access_token() == null) {
                throw new RestClientException("Keycloak returned no access token for " + properties.clientId());
            }
            current = new AccessToken(response.access_token(), clock.instant().plusSeconds(response.expires_in()));
            token = current;
        }
        return current.value();
    }

    private record AccessToken(String value, Instant expiresAt) {
    }

    // Named as Keycloak's JSON names them.
    private record TokenResponse(String access_token, long expires_in) {
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
