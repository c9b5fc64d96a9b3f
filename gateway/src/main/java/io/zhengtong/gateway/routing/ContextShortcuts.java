package io.zhengtong.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

/** The {@link ContextShortcutFilter}s in the web and the gateway filter chains. */
@Configuration(proxyBeanMethods = false)
class ContextShortcuts {

	/** The last web filter: after Spring Security, before the route lookup and the gateway filters. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebFilter contextShortcutAfterWebFilters() {
		return (exchange, chain) -> ContextShortcutFilter.holdingContext(chain.filter(exchange));
	}

	@Bean
	ContextShortcutFilter contextShortcutAroundResponseWriting() {
		return ContextShortcutFilter.aroundResponseWriting();
	}

	@Bean
	ContextShortcutFilter contextShortcutBeforeSending() {
		return ContextShortcutFilter.beforeSending();
	}

}
