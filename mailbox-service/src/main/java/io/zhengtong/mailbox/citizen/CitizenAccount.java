package io.zhengtong.mailbox.citizen;

import io.zhengtong.platform.security.CurrentUser;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The website account of a citizen who writes or follows letters logged in, from their token.
 *
 * @param subject the token's {@code sub}: Keycloak's stable id of the account, what a letter is
 *     linked to and what 我的来信 is authorised by (a username may be renamed, a subject never)
 * @param username {@code preferred_username}, kept for the history
 * @param name the display name, e.g. 王小明
 * @param email the account's e-mail address, {@code null} when it has none: where a letter's
 *     notices go when the form leaves its e-mail empty
 */
public record CitizenAccount(String subject, String username, String name, String email) {

    public CitizenAccount {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("an account without subject");
        }
    }

    /**
     * The caller's account as the platform read it from the token. A token without subject names
     * no account: refused as unauthenticated (401), as a request without token.
     */
    public static CitizenAccount of(CurrentUser user) {
        if (user.subject() == null) {
            throw new AuthenticationCredentialsNotFoundException("no account");
        }
        return new CitizenAccount(user.subject(), user.username(), user.name(), user.email());
    }
}
