package io.zhengtong.gateway.problem;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponderTest {

	private final ProblemResponder responder = new ProblemResponder();

	@Test
	void programsGetProblemDetails() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/mailbox/letters").accept(MediaType.APPLICATION_JSON));

		this.responder.respond(exchange, Problem.serviceUnavailable("信箱服务")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo(
				"{\"type\":\"urn:zhengtong:problem:service-unavailable\",\"title\":\"服务暂时不可用\",\"status\":503,"
						+ "\"detail\":\"信箱服务暂时无法访问，请稍后再试\",\"instance\":\"/api/mailbox/letters\"}");
	}

	@Test
	void peopleGetAChinesePageWithoutExternalResources() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/mailbox/letters")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

		this.responder.respond(exchange, Problem.serviceUnavailable("信箱服务")).block();

		String page = exchange.getResponse().getBodyAsString().block();
		assertThat(exchange.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"zh-CN\">")
			.contains("<h1>服务暂时不可用</h1>")
			.contains("信箱服务暂时无法访问，请稍后再试")
			.doesNotContain("http://", "https://", "<script", "<link");
	}

	@Test
	void theAcceptHeaderDecidesAndTheDefaultOnlyWhenItDoesNot() {
		assertThat(prefersHtml("application/json, text/plain, */*", true)).isFalse();
		assertThat(prefersHtml("application/problem+json", true)).isFalse();
		assertThat(prefersHtml("text/html", false)).isTrue();
		assertThat(prefersHtml("*/*", false)).isFalse();
		assertThat(prefersHtml("*/*", true)).isTrue();
		assertThat(prefersHtml(null, true)).isTrue();
		assertThat(prefersHtml("text/html;q=0, application/json", true)).isFalse();
	}

	@Test
	void textInThePageIsEscaped() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").accept(MediaType.TEXT_HTML));

		this.responder.respond(exchange, Problem.of(HttpStatus.BAD_REQUEST, "x", "<b>标题</b>", "a & b")).block();

		assertThat(exchange.getResponse().getBodyAsString().block()).contains("&lt;b&gt;标题&lt;/b&gt;")
			.contains("a &amp; b");
	}

	private static boolean prefersHtml(String accept, boolean htmlByDefault) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/");
		if (accept != null) {
			request.header("Accept", accept);
		}
		return ProblemResponder.prefersHtml(request.build(), htmlByDefault);
	}

}
