package io.zhengtong.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

import org.springframework.http.HttpHeaders;

/** A tiny HTTP server standing in for a service or Keycloak: records requests, answers as told. */
public final class StubServer implements AutoCloseable {

	private static final int DROP_CONNECTION = -1;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile Function<Request, Response> responder = (request) -> Response.json(200, "{}");

	private volatile Duration keepAlive = Duration.ZERO;

	/** When each kept-alive connection (by the client's address) was last answered, in nanoseconds. */
	private final Map<InetSocketAddress, Long> lastAnswered = new ConcurrentHashMap<>();

	private final LoopResources loops = LoopResources.create("stub", 1, true);

	private final DisposableServer server;

	private StubServer() {
		this.server = HttpServer.create()
			.runOn(this.loops)
			.host("127.0.0.1")
			.port(0)
			.handle((in, out) -> in.receive().aggregate().asString().defaultIfEmpty("").flatMap((body) -> {
				HttpHeaders headers = new HttpHeaders();
				in.requestHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
				Request request = new Request(in.method().name(), in.uri(), headers, body);
				this.requests.add(request);
				InetSocketAddress client = in.remoteAddress();
				Response response = closedForIdleness(client) ? Response.dropConnection() : this.responder.apply(request);
				if (response.status() == DROP_CONNECTION) {
					return out.withConnection(Connection::dispose).then();
				}
				out.status(response.status());
				response.headers().forEach(out::header);
				return Mono.delay(response.delay())
					.then(out.sendString(Mono.just(response.body())).then())
					.doOnSuccess((done) -> answered(client));
			}))
			.bindNow();
	}

	public static StubServer start() {
		return new StubServer();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public StubServer respond(Function<Request, Response> responder) {
		this.responder = responder;
		return this;
	}

	/**
	 * Closes a kept-alive connection, without answering, when a request arrives on it after it was
	 * idle this long: what a request meets when it is sent as Tomcat closes the connection at its
	 * keep-alive timeout (Tomcat closes a moment earlier; the outcome for the request is the same).
	 */
	public StubServer closeConnectionsIdleFor(Duration keepAlive) {
		this.keepAlive = keepAlive;
		return this;
	}

	private boolean closedForIdleness(@Nullable InetSocketAddress client) {
		Long last = (client != null) ? this.lastAnswered.get(client) : null;
		return last != null && !this.keepAlive.isZero()
				&& Duration.ofNanos(System.nanoTime() - last).compareTo(this.keepAlive) >= 0;
	}

	private void answered(@Nullable InetSocketAddress client) {
		if (client != null) {
			this.lastAnswered.put(client, System.nanoTime());
		}
	}

	public List<Request> requests() {
		return new ArrayList<>(this.requests);
	}

	public Request lastRequest() {
		if (this.requests.isEmpty()) {
			throw new AssertionError("The stub received no request");
		}
		return this.requests.get(this.requests.size() - 1);
	}

	public void clearRequests() {
		this.requests.clear();
	}

	public void reset() {
		this.requests.clear();
		this.responder = (request) -> Response.json(200, "{}");
		this.keepAlive = Duration.ZERO;
	}

	@Override
	public void close() {
		this.server.disposeNow();
		this.loops.dispose();
	}

	/** A local port nothing listens on: a stopped service. */
	public static String closedPortUrl() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Request(String method, String uri, HttpHeaders headers, String body) {

		public String path() {
			int query = this.uri.indexOf('?');
			return (query >= 0) ? this.uri.substring(0, query) : this.uri;
		}

		/** The form fields of an {@code application/x-www-form-urlencoded} body. */
		public Map<String, String> form() {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String pair : this.body.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					fields.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
				}
			}
			return fields;
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}

	}

	public record Response(int status, Map<String, String> headers, String body, Duration delay) {

		/** Closes the connection without answering, like a service that crashed mid-request. */
		public static Response dropConnection() {
			return new Response(DROP_CONNECTION, Map.of(), "", Duration.ZERO);
		}

		public static Response json(int status, String body) {
			return new Response(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
		}

		public Response delayedBy(Duration delay) {
			return new Response(this.status, this.headers, this.body, delay);
		}

	}

}
