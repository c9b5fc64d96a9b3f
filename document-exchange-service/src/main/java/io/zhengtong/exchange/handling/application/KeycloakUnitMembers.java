package io.zhengtong.exchange.handling.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.zhengtong.platform.directory.DirectoryProperties;
import io.zhengtong.platform.directory.KeycloakServiceAccount;
import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Looks people up in the realm with the service's own client (role view-users): the unit is the
 * name of the user's group under the county's root group, as the directory reads units. Answers
 * are cached briefly; Keycloak being down makes 批办 answer 503 rather than assign a stranger.
 */
@Component
class KeycloakUnitMembers implements UnitMembers {

    private static final ParameterizedTypeReference<List<UserRepresentation>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<GroupRepresentation>> GROUPS = new ParameterizedTypeReference<>() {
    };

    private final DirectoryProperties properties;
    private final RestClient http;
    private final KeycloakServiceAccount account;
    private final Cache<String, Optional<Member>> members = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();

    KeycloakUnitMembers(DirectoryProperties properties, RestClient.Builder http, Clock clock) {
        this.properties = properties;
        this.http = http.clone().baseUrl(properties.keycloakUrl() == null ? "" : properties.keycloakUrl()).build();
        this.account = new KeycloakServiceAccount(properties, this.http, clock);
    }

    @Override
    public Optional<Member> member(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        try {
            return members.get(username.strip(), this::read);
        } catch (RestClientException unreachable) {
            throw new DomainRuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable", "人员目录暂不可用",
                    "暂时无法核对承办人，请稍后再试。");
        }
    }

    private Optional<Member> read(String username) {
        List<UserRepresentation> found = http.get()
            .uri("/admin/realms/{realm}/users?username={username}&exact=true", properties.realm(), username)
            .headers(h -> h.setBearerAuth(account.accessToken()))
            .retrieve().body(USERS);
        Optional<UserRepresentation> user = (found == null ? List.<UserRepresentation>of() : found).stream()
            .filter(u -> username.equals(u.username())).findFirst();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<GroupRepresentation> groups = http.get()
            .uri("/admin/realms/{realm}/users/{id}/groups", properties.realm(), user.get().id())
            .headers(h -> h.setBearerAuth(account.accessToken()))
            .retrieve().body(GROUPS);
        String prefix = "/" + properties.rootGroup() + "/";
        String unit = (groups == null ? List.<GroupRepresentation>of() : groups).stream()
            .filter(g -> g.path() != null && g.path().startsWith(prefix))
            .map(GroupRepresentation::name).findFirst().orElse(null);
        return Optional.of(new Member(username, user.get().displayName(), unit));
    }

    record UserRepresentation(String id, String username, String firstName, String lastName) {

        /** Chinese order: family name first, no space (张伟). */
        String displayName() {
            String name = (lastName == null ? "" : lastName.strip()) + (firstName == null ? "" : firstName.strip());
            return name.isEmpty() ? username : name;
        }
    }

    record GroupRepresentation(String id, String name, String path) {
    }
}
