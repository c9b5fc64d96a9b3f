package io.zhengtong.gateway.support;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A browser, as far as the gateway can tell: keeps cookies, does not follow redirects. */
public final class TestBrowser {

	private final WebTestClient client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public TestBrowser(WebTestClient client) {
		this.client = client;
	}

	/**
	 * A client without connection pooling or shared event loops, so that tests never depend on a
	 * connection or loop another test (or another gateway in this JVM) left behind.
	 */
	public static WebTestClient client(String baseUrl) {
		HttpClient httpClient = HttpClient.create(ConnectionProvider.newConnection());
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(httpClient))
			.baseUrl(baseUrl)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public EntityExchangeResult<byte[]> get(String path, String accept) {
		return send(HttpMethod.GET, path, (headers) -> headers.set(HttpHeaders.ACCEPT, accept), null);
	}

	public EntityExchangeResult<byte[]> send(HttpMethod method, String path, Consumer<HttpHeaders> headers,
			String body) {
		WebTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((h) -> {
			if (!this.cookies.isEmpty()) {
				h.set(HttpHeaders.COOKIE, String.join("; ",
						this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList()));
			}
			headers.accept(h);
		});
		WebTestClient.ResponseSpec response = (body != null) ? request.bodyValue(body).exchange() : request.exchange();
		EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
		remember(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
		return result;
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	public Map<String, String> cookies() {
		return Map.copyOf(this.cookies);
	}

	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	private void remember(List<String> setCookies) {
		if (setCookies == null) {
			return;
		}
		for (String header : setCookies) {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
	}

}
