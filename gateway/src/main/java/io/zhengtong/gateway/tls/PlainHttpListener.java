package io.zhengtong.gateway.tls;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * The plain HTTP listener next to the HTTPS one. Boot configures a single port, so when TLS is
 * on this starts a second Reactor Netty server on {@code server.port} that serves the very same
 * {@link HttpHandler} (same routes, filters and security) with the main server's settings except
 * SSL. Without TLS, Boot's own server already listens on {@code server.port} and this does nothing.
 */
public class PlainHttpListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PlainHttpListener.class);

	private final TlsProperties tls;

	private final int port;

	private final ObjectProvider<HttpHandler> httpHandler;

	private final ObjectProvider<NettyReactiveWebServerFactory> mainFactory;

	private final ObjectProvider<ReactorResourceFactory> resourceFactory;

	private volatile @Nullable WebServer webServer;

	PlainHttpListener(TlsProperties tls, int port, ObjectProvider<HttpHandler> httpHandler,
			ObjectProvider<NettyReactiveWebServerFactory> mainFactory,
			ObjectProvider<ReactorResourceFactory> resourceFactory) {
		this.tls = tls;
		this.port = port;
		this.httpHandler = httpHandler;
		this.mainFactory = mainFactory;
		this.resourceFactory = resourceFactory;
	}

	@Override
	public void start() {
		if (!this.tls.enabled()) {
			return;
		}
		NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory(this.port);
		NettyReactiveWebServerFactory main = this.mainFactory.getIfAvailable();
		if (main != null) {
			factory.setAddress(main.getAddress());
			factory.setCompression(main.getCompression());
			factory.setHttp2(main.getHttp2());
			factory.setServerHeader(main.getServerHeader());
			factory.setShutdown(main.getShutdown());
			factory.setServerCustomizers(main.getServerCustomizers());
		}
		factory.setResourceFactory(this.resourceFactory.getIfAvailable());
		WebServer server = factory.getWebServer(this.httpHandler.getObject());
		server.start();
		this.webServer = server;
		log.info("Plain HTTP on port {}", server.getPort());
	}

	@Override
	public void stop() {
		WebServer server = this.webServer;
		if (server != null) {
			server.stop();
			this.webServer = null;
		}
	}

	@Override
	public void stop(Runnable callback) {
		WebServer server = this.webServer;
		if (server == null || this.mainFactory.getIfAvailable() == null
				|| this.mainFactory.getObject().getShutdown() != Shutdown.GRACEFUL) {
			stop();
			callback.run();
			return;
		}
		server.shutDownGracefully((result) -> {
			stop();
			callback.run();
		});
	}

	@Override
	public boolean isRunning() {
		return this.webServer != null;
	}

	/** Starts right after Boot's own web server and stops right before it. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;
	}

	/** The bound port, or -1 when TLS is off (Boot's server then is the plain HTTP listener). */
	public int getPort() {
		WebServer server = this.webServer;
		return (server != null) ? server.getPort() : -1;
	}

}
