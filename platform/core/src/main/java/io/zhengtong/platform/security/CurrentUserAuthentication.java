package io.zhengtong.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A JWT authentication whose principal name is the username and which carries the {@link CurrentUser}. */
public final class CurrentUserAuthentication extends JwtAuthenticationToken {

    private final CurrentUser currentUser;

    public CurrentUserAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, CurrentUser currentUser) {
        super(jwt, authorities, currentUser.username());
        this.currentUser = currentUser;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }
}
