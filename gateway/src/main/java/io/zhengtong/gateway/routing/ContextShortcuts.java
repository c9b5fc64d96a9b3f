package io.zhengtong.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link ContextShortcutFilter}s in the web and the gateway filter chains. */
@Configuration(proxyBeanMethods = false)
class ContextShortcuts {

	@Bean
	ContextShortcutFilter.AfterWebFilters contextShortcutAfterWebFilters() {
		return new ContextShortcutFilter.AfterWebFilters();
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
