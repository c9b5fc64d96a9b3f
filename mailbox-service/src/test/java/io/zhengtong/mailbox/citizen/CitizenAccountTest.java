package io.zhengtong.mailbox.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import io.zhengtong.platform.security.CurrentUser;

class CitizenAccountTest {

    @Test
    void theAccountIsTheTokensSubjectWithTheUsersNameAndEmailAddress() {
        CitizenAccount account = CitizenAccount.of(new CurrentUser("wang.xiaoming", "王小明", null, Set.of(), "3f1c-uuid",
                "wang.xiaoming@example.com"));

        assertThat(account).isEqualTo(new CitizenAccount("3f1c-uuid", "wang.xiaoming", "王小明", "wang.xiaoming@example.com"));
    }

    @Test
    void aUserWithoutSubjectHasNoAccountAndIsRefusedAsUnauthenticated() {
        assertThatThrownBy(() -> CitizenAccount.of(new CurrentUser("ops", "ops", null, Set.of())))
            .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
