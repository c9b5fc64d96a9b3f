package io.zhengtong.gateway.login;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * The gateway's OIDC client, registered in code rather than by issuer discovery: the issuer is the
 * gateway itself ({@code https://localhost:8443/auth/realms/zhengtong}), which does not listen yet
 * while it starts. The browser is sent to the public authorization and logout endpoints (through
 * the gateway); tokens, UserInfo and keys come from Keycloak's internal address.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClientRegistration {

	static final String REGISTRATION_ID = "keycloak";

	private static final Logger log = LoggerFactory.getLogger(KeycloakClientRegistration.class);

	@Bean
	ReactiveClientRegistrationRepository clientRegistrationRepository(KeycloakProperties keycloak) {
		return new InMemoryReactiveClientRegistrationRepository(registration(keycloak));
	}

	static ClientRegistration registration(KeycloakProperties keycloak) {
		KeycloakProperties.Login login = keycloak.login();
		if (!StringUtils.hasText(login.clientSecret())) {
			log.warn("zhengtong.login.client-secret (ZT_GATEWAY_CLIENT_SECRET) is not set: logins will fail");
		}
		String publicRealm = keycloak.publicRealmUrl();
		String internalRealm = keycloak.internalRealmUrl();
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("政通统一身份认证")
			.clientId(login.clientId())
			.clientSecret(StringUtils.hasText(login.clientSecret()) ? login.clientSecret() : "")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.redirectUri(login.redirectUri())
			.scope(login.scopes())
			.issuerUri(publicRealm)
			.authorizationUri(publicRealm + "/protocol/openid-connect/auth")
			.tokenUri(internalRealm + "/protocol/openid-connect/token")
			.userInfoUri(internalRealm + "/protocol/openid-connect/userinfo")
			.userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
			.userNameAttributeName("preferred_username")
			.jwkSetUri(internalRealm + "/protocol/openid-connect/certs")
			.providerConfigurationMetadata(
					Map.of("end_session_endpoint", publicRealm + "/protocol/openid-connect/logout"))
			.build();
	}

}
