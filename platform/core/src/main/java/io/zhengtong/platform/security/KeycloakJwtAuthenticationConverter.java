package io.zhengtong.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a Keycloak access token into a {@link CurrentUserAuthentication}: realm roles become
 * {@code ROLE_<role>} authorities and the user's unit becomes {@code UNIT_<code>}, so that
 * {@code hasRole('editor')} and {@code hasAuthority('UNIT_fx-zfb')} both work.
 */
public final class KeycloakJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String UNIT_CLAIM = "unit_code";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        CurrentUser user = currentUser(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (user.unitCode() != null) {
            authorities.add(new SimpleGrantedAuthority("UNIT_" + user.unitCode()));
        }
        return new CurrentUserAuthentication(jwt, authorities, user);
    }

    static CurrentUser currentUser(Jwt jwt) {
        String username = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        return new CurrentUser(username, displayName(jwt, username), unitCode(jwt), realmRoles(jwt),
                blankToNull(jwt.getSubject()), blankToNull(jwt.getClaimAsString("email")));
    }

    // Keycloak joins "given family" with a space; Chinese names are written family first, unspaced: 张伟.
    private static String displayName(Jwt jwt, String username) {
        String family = jwt.getClaimAsString("family_name");
        String given = jwt.getClaimAsString("given_name");
        if (isChinese(family) && isChinese(given)) {
            return family + given;
        }
        return firstNonBlank(jwt.getClaimAsString("name"), username);
    }

    private static boolean isChinese(String text) {
        return text != null && !text.isBlank()
                && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    // Keycloak's group-membership mapper emits a list even for one group; staff belong to exactly one unit.
    private static String unitCode(Jwt jwt) {
        Object claim = jwt.getClaims().get(UNIT_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).filter(v -> !v.isBlank()).findFirst().orElse(null);
        }
        return claim == null || String.valueOf(claim).isBlank() ? null : String.valueOf(claim);
    }

    private static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        Set<String> roles = new LinkedHashSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> values) {
            values.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
