package io.zhengtong.gateway.oa;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the OA client (the {@code oa-web} jar's {@code META-INF/resources/oa/}) under {@code /oa/}:
 * its files as they are, and for any other path without a file extension its {@code index.html},
 * so the single-page app's history routing works on reload. A missing file is a 404, not a page.
 * {@code /oa} redirects to {@code /oa/}. Hashed build assets ({@code /oa/assets/}) are cached for a
 * year; everything else is revalidated on each use. Login is required (see the security config).
 */
@Configuration(proxyBeanMethods = false)
class OaClientRoutes {

	static final String LOCATION = "META-INF/resources/oa/";

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ProblemResponder responder;

	OaClientRoutes(ProblemResponder responder) {
		this.responder = responder;
	}

	@Bean
	RouterFunction<ServerResponse> oaClient() {
		Resource location = new ClassPathResource(LOCATION);
		Resource index = new ClassPathResource(LOCATION + "index.html");
		RequestPredicate read = RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD));
		return RouterFunctions.route(read.and(RequestPredicates.path("/oa")), this::redirectToSlash)
			.and(RouterFunctions.resources("/oa/**", location, OaClientRoutes::cacheHeaders))
			.andRoute(read.and(RequestPredicates.path("/oa/**")).and(OaClientRoutes::isAppRoute),
					(request) -> index(request, index))
			.andRoute(RequestPredicates.path("/oa/**"), this::notFound);
	}

	private Mono<ServerResponse> redirectToSlash(ServerRequest request) {
		String query = request.uri().getRawQuery();
		return ServerResponse.status(HttpStatus.FOUND).location(URI.create("/oa/" + ((query != null) ? "?" + query : ""))).build();
	}

	private Mono<ServerResponse> index(ServerRequest request, Resource index) {
		if (!index.isReadable()) {
			return notFound(request);
		}
		return ServerResponse.ok()
			.contentType(TEXT_HTML_UTF8)
			.cacheControl(CacheControl.noCache())
			.body(BodyInserters.fromResource(index));
	}

	private Mono<ServerResponse> notFound(ServerRequest request) {
		return this.responder.response(Problem.notFound(), request.path(),
				ProblemResponder.prefersHtml(request.exchange().getRequest(), true));
	}

	/** Client-side routes: paths whose last segment has no file extension. */
	private static boolean isAppRoute(ServerRequest request) {
		String path = request.path();
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !last.contains(".");
	}

	private static void cacheHeaders(Resource resource, HttpHeaders headers) {
		if (isHashedAsset(resource)) {
			headers.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		}
		else {
			headers.setCacheControl(CacheControl.noCache());
		}
	}

	private static boolean isHashedAsset(Resource resource) {
		try {
			return resource.getURL().toString().contains("/" + LOCATION + "assets/");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
