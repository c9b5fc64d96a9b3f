package io.zhengtong.platform.security;

import java.util.Set;

/**
 * The authenticated caller as every service sees it: who, in which unit, with which realm roles.
 *
 * @param username the Keycloak username ({@code preferred_username})
 * @param name the display name, e.g. 张伟
 * @param unitCode the code of the unit the user belongs to, or {@code null} for citizens
 * @param roles realm roles such as {@code editor} or {@code dispatcher}
 */
public record CurrentUser(String username, String name, String unitCode, Set<String> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String unit) {
        return unitCode != null && unitCode.equals(unit);
    }
}
