package io.zhengtong.gateway.routing;

import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Saves the gateway CPU, changes nothing a client sees. Reactor looks up a subscriber's context by
 * asking the next subscriber downstream until one holds it. Reactor Netty (client and server), the
 * circuit breaker and Spring Security's matchers ask on every subscription and connection state
 * change, and the question climbed up to 50 operators of the filter chains, to Spring Security's
 * context: about 7 % of the gateway's CPU per proxied request. A {@code contextWrite} that changes
 * nothing holds the same context, so the climb stops there. Three of them: after the web filters
 * (Spring Security) before the route is looked up, around the gateway filters that write the
 * response, and right before the request is sent.
 */
@Configuration(proxyBeanMethods = false)
class ContextShortcuts {

	/** The last web filter: after Spring Security, before the route lookup and the gateway filters. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebFilter contextShortcutAfterWebFilters() {
		return (exchange, chain) -> holdingContext(chain.filter(exchange));
	}

	/** Outside the filter that writes the proxied response, and the routes' own filters. */
	@Bean
	GlobalFilter contextShortcutAroundResponseWriting() {
		return new Shortcut(NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1);
	}

	/** Just before the request goes out (Netty's routing filter is the last). */
	@Bean
	GlobalFilter contextShortcutBeforeSending() {
		return new Shortcut(Ordered.LOWEST_PRECEDENCE - 2);
	}

	private static Mono<Void> holdingContext(Mono<Void> mono) {
		return mono.contextWrite(Function.identity());
	}

	/** One shortcut in the gateway filter chain, at its place in the chain. */
	private record Shortcut(int order) implements GlobalFilter, Ordered {

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
			return holdingContext(chain.filter(exchange));
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}
