package io.zhengtong.gateway.certificate;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zhengtong.gateway.problem.ProblemResponder;
import io.zhengtong.gateway.support.TestPki;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateValidityFilterTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final String WHAT_TO_DO = "请联系本单位管理员更换数字证书；更换前可拔出证书钥匙（或在浏览器中不选择证书），改用用户名和密码登录。";

	private final CertificateValidityFilter filter = new CertificateValidityFilter(new ProblemResponder());

	private final AtomicBoolean passedOn = new AtomicBoolean();

	@Test
	void aBrowserWithAnExpiredCertificateGetsAChinesePageSayingWhoseAndSinceWhenAndWhatToDo() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/oa/").header("Accept", BROWSER),
				"expired");

		this.filter.filter(exchange, this::passOn).block();

		assertThat(this.passedOn).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(exchange.getResponse().getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(exchange.getResponse().getBodyAsString().block()).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"zh-CN\">")
			.contains("<title>数字证书已过期 - 政通</title>")
			.contains("<h1>数字证书已过期</h1>")
			.contains("zhang.wei")
			// 2022-06-30 20:00 UTC is 2022-07-01 in China
			.contains("已于2022年7月1日过期")
			.contains(WHAT_TO_DO)
			.doesNotContain("http://", "https://", "<script", "<link", "<img");
	}

	@Test
	void aProgramWithAnExpiredCertificateGetsProblemDetails() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.get("/auth/realms/zhengtong/account").accept(MediaType.APPLICATION_JSON),
				"expired");

		this.filter.filter(exchange, this::passOn).block();

		assertThat(this.passedOn).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JsonMapper.builder().build().readTree(exchange.getResponse().getBodyAsString().block());
		assertThat(problem.get("type").asString()).isEqualTo("urn:zhengtong:problem:certificate-expired");
		assertThat(problem.get("title").asString()).isEqualTo("数字证书已过期");
		assertThat(problem.get("status").asInt()).isEqualTo(403);
		assertThat(problem.get("detail").asString()).isEqualTo("您的数字证书（zhang.wei）已于2022年7月1日过期。" + WHAT_TO_DO);
		assertThat(problem.get("instance").asString()).isEqualTo("/auth/realms/zhengtong/account");
	}

	@Test
	void scriptsAndApisGetProblemDetailsUnlessTheyAskForAPage() {
		MockServerWebExchange api = exchange(MockServerHttpRequest.get("/api/portal/me").header("Accept", "*/*"),
				"expired");
		MockServerWebExchange xhr = exchange(MockServerHttpRequest.get("/oa/").header("Accept", BROWSER)
			.header("X-Requested-With", "XMLHttpRequest"), "expired");
		MockServerWebExchange website = exchange(MockServerHttpRequest.get("/").header("Accept", "*/*"), "expired");

		this.filter.filter(api, this::passOn).block();
		this.filter.filter(xhr, this::passOn).block();
		this.filter.filter(website, this::passOn).block();

		assertThat(api.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(xhr.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(website.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(this.passedOn).isFalse();
	}

	@Test
	void aCertificateNotValidYetGetsItsOwnMessageWithTheOwnersChineseName() {
		MockServerWebExchange page = exchange(MockServerHttpRequest.get("/oa/").header("Accept", BROWSER),
				"not-yet-valid");
		MockServerWebExchange json = exchange(MockServerHttpRequest.get("/oa/").accept(MediaType.APPLICATION_JSON),
				"not-yet-valid");

		this.filter.filter(page, this::passOn).block();
		this.filter.filter(json, this::passOn).block();

		assertThat(this.passedOn).isFalse();
		assertThat(page.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getResponse().getBodyAsString().block()).contains("<h1>数字证书尚未生效</h1>")
			.contains("您的数字证书（张伟）自2110年1月1日起才生效。")
			.contains("改用用户名和密码登录");
		assertThat(json.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:zhengtong:problem:certificate-not-yet-valid\"")
			.contains("\"title\":\"数字证书尚未生效\"");
	}

	@Test
	void aValidCertificatePassesUntouched() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/oa/").header("Accept", BROWSER), "alice");

		this.filter.filter(exchange, this::passOn).block();

		assertThat(this.passedOn).isTrue();
		assertThat(exchange.getResponse().getStatusCode()).isNull();
		assertThat(exchange.getResponse().isCommitted()).isFalse();
	}

	@Test
	void withoutACertificateOrWithoutTlsTheRequestPassesUntouched() {
		MockServerWebExchange noCertificate = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost:8443/oa/").sslInfo(sslInfo()));
		MockServerWebExchange plainHttp = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost:8080/oa/"));

		this.filter.filter(noCertificate, this::passOn).block();
		assertThat(this.passedOn.getAndSet(false)).isTrue();
		this.filter.filter(plainHttp, this::passOn).block();
		assertThat(this.passedOn).isTrue();
		assertThat(noCertificate.getResponse().getStatusCode()).isNull();
		assertThat(plainHttp.getResponse().getStatusCode()).isNull();
	}

	@Test
	void theValidityIsJudgedAtTheMomentOfTheRequest() {
		Clock in2120 = Clock.fixed(Instant.parse("2120-01-01T00:00:00Z"), ZoneOffset.UTC);
		Clock in2019 = Clock.fixed(Instant.parse("2019-12-31T00:00:00Z"), ZoneOffset.UTC);
		MockServerWebExchange later = exchange(MockServerHttpRequest.get("/").accept(MediaType.APPLICATION_JSON), "alice");
		MockServerWebExchange earlier = exchange(MockServerHttpRequest.get("/").accept(MediaType.APPLICATION_JSON), "alice");

		new CertificateValidityFilter(new ProblemResponder(), in2120).filter(later, this::passOn).block();
		new CertificateValidityFilter(new ProblemResponder(), in2019).filter(earlier, this::passOn).block();

		assertThat(this.passedOn).isFalse();
		assertThat(later.getResponse().getBodyAsString().block()).contains("您的数字证书（alice）已于2119年12月31日过期。");
		assertThat(earlier.getResponse().getBodyAsString().block()).contains("您的数字证书（alice）自2020年1月1日起才生效。");
	}

	@Test
	void theOwnerIsTheCommonNameOfTheSubject() {
		assertThat(CertificateValidityFilter.owner(TestPki.certificate("expired"))).isEqualTo("zhang.wei");
		assertThat(CertificateValidityFilter.owner(TestPki.certificate("not-yet-valid"))).isEqualTo("张伟");
	}

	@Test
	void itRunsBeforeSpringSecurityAndTheGatewaysRouting() {
		assertThat(this.filter.getOrder()).isLessThan(-100);
	}

	private Mono<Void> passOn(org.springframework.web.server.ServerWebExchange exchange) {
		this.passedOn.set(true);
		return Mono.empty();
	}

	private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request, String certificate) {
		return MockServerWebExchange.from(request.sslInfo(sslInfo(TestPki.chain(certificate))));
	}

	private static SslInfo sslInfo(X509Certificate @Nullable... peer) {
		return new SslInfo() {
			@Override
			public String getSessionId() {
				return "test-session";
			}

			@Override
			public X509Certificate @Nullable [] getPeerCertificates() {
				return (peer == null || peer.length == 0) ? null : peer;
			}
		};
	}

}
