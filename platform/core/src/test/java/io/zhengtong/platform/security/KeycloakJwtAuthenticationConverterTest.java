package io.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtAuthenticationConverterTest {

    private final KeycloakJwtAuthenticationConverter converter = new KeycloakJwtAuthenticationConverter();

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("3f1c-uuid")
            .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void realmRolesBecomeRolesAndTheUnitBecomesAUnitAuthority() {
        var authentication = (CurrentUserAuthentication) converter.convert(token(Map.of(
                "preferred_username", "zhang.wei", "name", "张伟",
                "realm_access", Map.of("roles", List.of("staff", "editor")),
                "unit_code", List.of("fx-zfb"))));

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactlyInAnyOrder("ROLE_staff", "ROLE_editor", "UNIT_fx-zfb");
        assertThat(authentication.getName()).isEqualTo("zhang.wei");
        assertThat(authentication.currentUser())
            .isEqualTo(new CurrentUser("zhang.wei", "张伟", "fx-zfb", java.util.Set.of("staff", "editor"), "3f1c-uuid", null));
    }

    @Test
    void aUnitGivenAsPlainStringIsAcceptedToo() {
        var user = ((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "li.na",
                "unit_code", "fx-jyj")))).currentUser();

        assertThat(user.unitCode()).isEqualTo("fx-jyj");
        assertThat(user.belongsTo("fx-jyj")).isTrue();
        assertThat(user.belongsTo("fx-zfb")).isFalse();
    }

    @Test
    void aCitizenWithoutUnitOrRolesHasNoUnitAndOnlyTheirName() {
        var authentication = (CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "wang.gongmin")));

        assertThat(authentication.currentUser().unitCode()).isNull();
        assertThat(authentication.currentUser().name()).isEqualTo("wang.gongmin");
        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(authentication.currentUser().belongsTo(null)).isFalse();
    }

    @Test
    void chineseNamesAreShownFamilyNameFirstWithoutASpace() {
        var user = ((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "wang.xiaoming",
                "name", "小明 王", "given_name", "小明", "family_name", "王")))).currentUser();

        assertThat(user.name()).isEqualTo("王小明");
    }

    @Test
    void otherNamesAreShownAsKeycloakFormatsThem() {
        var user = ((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "ops",
                "name", "Ada Lovelace", "given_name", "Ada", "family_name", "Lovelace")))).currentUser();

        assertThat(user.name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void theSubjectStandsInWhenThereIsNoUsername() {
        var user = ((CurrentUserAuthentication) converter.convert(token(Map.of()))).currentUser();

        assertThat(user.username()).isEqualTo("3f1c-uuid");
    }

    @Test
    void theAccountsStableIdAndItsEmailAddressComeFromTheToken() {
        var user = ((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "wang.xiaoming",
                "email", " wang.xiaoming@example.com ")))).currentUser();

        assertThat(user.subject()).isEqualTo("3f1c-uuid");
        assertThat(user.email()).isEqualTo("wang.xiaoming@example.com");
    }

    @Test
    void anAccountWithoutEmailAddressHasNone() {
        assertThat(((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "li.na"))))
            .currentUser().email()).isNull();
        assertThat(((CurrentUserAuthentication) converter.convert(token(Map.of("preferred_username", "li.na",
                "email", "  ")))).currentUser().email()).isNull();
    }

    @Test
    void aUserMadeInCodeHasNeitherSubjectNorEmailAddress() {
        var user = new CurrentUser("zhang.wei", "张伟", "fx-zfb", java.util.Set.of("staff"));

        assertThat(user.subject()).isNull();
        assertThat(user.email()).isNull();
        assertThat(user.hasRole("staff")).isTrue();
    }
}
