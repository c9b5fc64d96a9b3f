package io.zhengtong.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the gateway's own errors: {@code application/problem+json} (RFC 9457) for programs, a
 * short self-contained Chinese HTML page (no external resources) for browsers.
 */
@Component
public class ProblemResponder {

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final List<MediaType> HTML_TYPES = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

	private static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON, new MediaType("application", "*+json"));

	private final JsonMapper json = JsonMapper.builder().build();

	/** Answers with the problem, as HTML if the client asks for HTML, otherwise as problem JSON. */
	public Mono<Void> respond(ServerWebExchange exchange, Problem problem) {
		return respond(exchange, problem, exchange.getRequest().getPath().value(),
				prefersHtml(exchange.getRequest(), false));
	}

	public Mono<Void> respond(ServerWebExchange exchange, Problem problem, String instance, boolean html) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Rendered rendered = render(problem, instance, html);
		response.setStatusCode(problem.status());
		HttpHeaders headers = response.getHeaders();
		headers.setContentType(rendered.contentType());
		headers.setContentLength(rendered.body().length);
		headers.setCacheControl(CacheControl.noStore());
		if (problem.retryAfterSeconds() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
		}
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(rendered.body())));
	}

	/** The same rendering as a functional-endpoint response. */
	public Mono<ServerResponse> response(Problem problem, String instance, boolean html) {
		Rendered rendered = render(problem, instance, html);
		ServerResponse.BodyBuilder builder = ServerResponse.status(problem.status())
			.contentType(rendered.contentType())
			.cacheControl(CacheControl.noStore());
		if (problem.retryAfterSeconds() != null) {
			builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
		}
		return builder.bodyValue(rendered.body());
	}

	Rendered render(Problem problem, String instance, boolean html) {
		if (html) {
			return new Rendered(TEXT_HTML_UTF8, page(problem).getBytes(StandardCharsets.UTF_8));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.type().toString());
		body.put("title", problem.title());
		body.put("status", problem.status().value());
		body.put("detail", problem.detail());
		body.put("instance", URI.create(instance).toString());
		return new Rendered(MediaType.APPLICATION_PROBLEM_JSON, this.json.writeValueAsBytes(body));
	}

	/**
	 * Whether to answer a person with a page rather than a program with JSON.
	 * @param request the request and its {@code Accept} header
	 * @param htmlByDefault the answer when the client states no clear preference (true for the
	 * website and Keycloak, false for APIs)
	 */
	public static boolean prefersHtml(ServerHttpRequest request, boolean htmlByDefault) {
		List<MediaType> accepted;
		try {
			accepted = request.getHeaders().getAccept();
		}
		catch (RuntimeException ex) {
			return htmlByDefault;
		}
		boolean html = accepts(accepted, HTML_TYPES);
		boolean json = accepts(accepted, JSON_TYPES);
		if (html != json) {
			return html;
		}
		return htmlByDefault;
	}

	private static boolean accepts(List<MediaType> accepted, List<MediaType> wanted) {
		for (MediaType type : accepted) {
			if (type.isWildcardType() || type.getQualityValue() == 0) {
				continue;
			}
			for (MediaType candidate : wanted) {
				if (candidate.isCompatibleWith(type)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String page(Problem problem) {
		String title = HtmlUtils.htmlEscape(problem.title());
		String detail = HtmlUtils.htmlEscape(problem.detail());
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s - 政通</title>
				<style>
				body{margin:0;background:#f4f6f9;color:#1f2937;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;font-size:1.125rem;line-height:1.8}
				main{max-width:36rem;margin:12vh auto 0;padding:2rem 2.5rem;background:#fff;border-top:6px solid #b3202a;box-shadow:0 1px 4px rgba(0,0,0,.08)}
				h1{margin:0 0 1rem;font-size:1.625rem;color:#8c1a22}
				a{color:#0b4f9c}
				.code{color:#4b5563;font-size:1rem}
				</style>
				</head>
				<body>
				<main>
				<h1>%s</h1>
				<p>%s</p>
				<p class="code">错误代码：%d</p>
				<p><a href="/">返回首页</a></p>
				</main>
				</body>
				</html>
				""".formatted(title, title, detail, problem.status().value());
	}

	record Rendered(MediaType contentType, byte[] body) {
	}

}
