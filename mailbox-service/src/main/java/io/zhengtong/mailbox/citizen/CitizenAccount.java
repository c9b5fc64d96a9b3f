package io.zhengtong.mailbox.citizen;

import java.util.Objects;

/**
 * The website account of a citizen who writes or follows letters logged in, from their token.
 *
 * @param subject the token's {@code sub}: Keycloak's stable id of the account, what a letter is
 *     linked to and what 我的来信 is authorised by (a username may be renamed, a subject never)
 * @param username {@code preferred_username}, kept for the history
 * @param name the display name, e.g. 王小明
 */
public record CitizenAccount(String subject, String username, String name) {

    public CitizenAccount {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("an account without subject");
        }
    }
}
