package io.zhengtong.gateway.session;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.util.StringUtils;

/** The stateless session: everything a login needs lives in encrypted cookies. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SessionCookieJar sessionCookieJar(SessionProperties properties) {
		CookieCipher cipher;
		if (StringUtils.hasText(properties.key())) {
			cipher = CookieCipher.fromSecret(properties.key());
		}
		else {
			log.warn("zhengtong.session.key (ZT_SESSION_KEY) is not set: using a random key, so logins end "
					+ "when this gateway stops and other replicas cannot read them");
			cipher = CookieCipher.withRandomKey();
		}
		return new SessionCookieJar(cipher);
	}

	@Bean
	CookieSecurityContextRepository cookieSecurityContextRepository(SessionCookieJar jar,
			SessionProperties properties, Clock clock) {
		return new CookieSecurityContextRepository(jar, properties.maxAge(), clock);
	}

	@Bean
	CookieAuthorizedClientRepository cookieAuthorizedClientRepository(SessionCookieJar jar,
			ReactiveClientRegistrationRepository registrations, SessionProperties properties, Clock clock) {
		return new CookieAuthorizedClientRepository(jar, registrations, properties.maxAge(), clock);
	}

	@Bean
	CookieAuthorizationRequestRepository cookieAuthorizationRequestRepository(SessionCookieJar jar, Clock clock) {
		return new CookieAuthorizationRequestRepository(jar, clock);
	}

}
