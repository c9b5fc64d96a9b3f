package io.zhengtong.platform.security;

import java.util.Set;

/**
 * The authenticated caller as every service sees it: who, in which unit, with which realm roles.
 *
 * @param username the Keycloak username ({@code preferred_username})
 * @param name the display name, e.g. 张伟
 * @param unitCode the code of the unit the user belongs to, or {@code null} for citizens
 * @param roles realm roles such as {@code editor} or {@code dispatcher}
 * @param subject the token's {@code sub}: Keycloak's stable id of the account (a username may be
 *     renamed, a subject never); {@code null} for a user made in code (fixtures, seeding)
 * @param email the account's e-mail address as the account states it (the realm does not verify
 *     addresses), {@code null} when it has none
 */
public record CurrentUser(String username, String name, String unitCode, Set<String> roles, String subject,
        String email) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** A user made in code, without a token: no subject, no e-mail. */
    public CurrentUser(String username, String name, String unitCode, Set<String> roles) {
        this(username, name, unitCode, roles, null, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String unit) {
        return unitCode != null && unitCode.equals(unit);
    }
}
