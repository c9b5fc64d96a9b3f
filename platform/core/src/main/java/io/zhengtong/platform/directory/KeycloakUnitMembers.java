package io.zhengtong.platform.directory;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Looks people up in the realm with the service's own client (role view-users): the unit is the
 * name of the user's group under the county's root group, as the directory reads units. A unit's
 * members with a role are its group's members whose effective realm roles include it. Keycloak is the source, so answers are kept only briefly: a person moved or given
 * a role shows up within {@link #MEMBERS_TTL}.
 */
public final class KeycloakUnitMembers implements UnitMembers {

    /** How long a unit's member list is served before Keycloak is asked again. */
    public static final Duration MEMBERS_TTL = Duration.ofMinutes(1);

    /** The user attribute holding a mobile number (the realm has no standard phone field); {@code phone} is read too. */
    public static final String PHONE_ATTRIBUTE = "phoneNumber";

    /** How long one person (looked up by username) is served. */
    public static final Duration MEMBER_TTL = Duration.ofMinutes(5);

    // A county's unit has tens of people.
    private static final int MAX_MEMBERS = 500;

    private static final ParameterizedTypeReference<List<UserRepresentation>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<GroupRepresentation>> GROUPS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<RoleRepresentation>> ROLES = new ParameterizedTypeReference<>() {
    };

    private final DirectoryProperties properties;
    private final RestClient http;
    private final KeycloakServiceAccount account;
    private final OrganisationDirectory directory;
    private final Cache<String, Optional<UnitMember>> people = Caffeine.newBuilder()
        .expireAfterWrite(MEMBER_TTL).maximumSize(10_000).build();
    private final Cache<String, List<UnitMember>> units = Caffeine.newBuilder()
        .expireAfterWrite(MEMBERS_TTL).maximumSize(1_000).build();

    /** {@code account} is the service's one Keycloak client, shared with the organisation directory. */
    public KeycloakUnitMembers(DirectoryProperties properties, RestClient.Builder http, KeycloakServiceAccount account,
            OrganisationDirectory directory) {
        this.properties = properties;
        this.http = http.clone().baseUrl(properties.keycloakUrl() == null ? "" : properties.keycloakUrl()).build();
        this.account = account;
        this.directory = directory;
    }

    @Override
    public Optional<UnitMember> member(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return reading(() -> people.get(username.strip(), this::readMember));
    }

    @Override
    public List<UnitMember> members(String unitCode, String realmRole) {
        if (unitCode == null || directory.unit(unitCode).isEmpty()) {
            return List.of();
        }
        String role = realmRole == null || realmRole.isBlank() ? null : realmRole.strip();
        return reading(() -> units.get(unitCode + "|" + (role == null ? "" : role), key -> readMembers(unitCode, role)));
    }

    private static <T> T reading(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        }
        catch (RestClientException unreachable) {
            throw new DomainRuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable", "人员目录暂不可用",
                    "暂时无法读取人员名单，请稍后再试。");
        }
    }

    private Optional<UnitMember> readMember(String username) {
        Optional<UserRepresentation> user = list(USERS, "/admin/realms/{realm}/users?username={username}&exact=true",
                properties.realm(), username).stream().filter(u -> username.equals(u.username())).findFirst();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String prefix = "/" + properties.rootGroup() + "/";
        String unit = list(GROUPS, "/admin/realms/{realm}/users/{id}/groups", properties.realm(), user.get().id()).stream()
            .filter(g -> g.path() != null && g.path().startsWith(prefix))
            .map(GroupRepresentation::name).findFirst().orElse(null);
        return Optional.of(user.get().toMember(unit));
    }

    private List<UnitMember> readMembers(String unitCode, String role) {
        List<Object> path = new ArrayList<>(pathOf(unitCode));
        StringBuilder template = new StringBuilder("/admin/realms/{realm}/group-by-path");
        for (int i = 0; i < path.size(); i++) {
            template.append("/{p").append(i).append('}');
        }
        path.addFirst(properties.realm());
        GroupRepresentation group = http.get().uri(template.toString(), path.toArray())
            .headers(h -> h.setBearerAuth(account.accessToken())).retrieve().body(GroupRepresentation.class);
        if (group == null) {
            return List.of();
        }
        List<UserRepresentation> inUnit = list(USERS, "/admin/realms/{realm}/groups/{id}/members?briefRepresentation=false&max={max}",
                properties.realm(), group.id(), MAX_MEMBERS);
        return inUnit.stream()
            .filter(u -> !Boolean.FALSE.equals(u.enabled()))
            .filter(u -> role == null || holds(u, role))
            .map(u -> u.toMember(unitCode))
            .sorted(Comparator.comparing(UnitMember::name, Collator.getInstance(Locale.CHINA)).thenComparing(UnitMember::username))
            .toList();
    }

    // Per member, because listing a role's holders needs view-realm, which a service client should not have.
    private boolean holds(UserRepresentation user, String role) {
        return list(ROLES, "/admin/realms/{realm}/users/{id}/role-mappings/realm/composite", properties.realm(), user.id())
            .stream().anyMatch(r -> role.equals(r.name()));
    }

    /** The group path of a unit: the county's root group down to the unit, e.g. [fengxian, gov-office]. */
    private List<String> pathOf(String unitCode) {
        List<String> path = new ArrayList<>();
        Optional<Unit> unit = directory.unit(unitCode);
        while (unit.isPresent() && path.size() < 20) {
            path.addFirst(unit.get().code());
            unit = unit.get().parentCode() == null ? Optional.empty() : directory.unit(unit.get().parentCode());
        }
        return path;
    }

    private <T> List<T> list(ParameterizedTypeReference<List<T>> type, String uri, Object... variables) {
        List<T> found = http.get().uri(uri, variables).headers(h -> h.setBearerAuth(account.accessToken())).retrieve().body(type);
        return found == null ? List.of() : found;
    }

    // Full representations (briefRepresentation=false) carry the attributes, where a phone number lives.
    record UserRepresentation(String id, String username, String firstName, String lastName, Boolean enabled, String email,
            Map<String, List<String>> attributes) {

        UnitMember toMember(String unitCode) {
            return new UnitMember(username, displayName(), unitCode, blankToNull(email), phone());
        }

        /** The realm has no standard phone field: the attribute {@code phoneNumber} (OIDC's phone_number), else {@code phone}. */
        String phone() {
            for (String key : List.of(PHONE_ATTRIBUTE, "phone")) {
                List<String> values = attributes == null ? null : attributes.get(key);
                if (values != null && !values.isEmpty() && blankToNull(values.getFirst()) != null) {
                    return values.getFirst().strip();
                }
            }
            return null;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        /** Chinese order: family name first, no space (张伟). */
        String displayName() {
            String name = (lastName == null ? "" : lastName.strip()) + (firstName == null ? "" : firstName.strip());
            return name.isEmpty() ? username : name;
        }
    }

    record GroupRepresentation(String id, String name, String path) {
    }

    record RoleRepresentation(String name) {
    }
}
