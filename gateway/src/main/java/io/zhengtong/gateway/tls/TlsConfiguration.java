package io.zhengtong.gateway.tls;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.server.reactive.HttpHandler;

/** HTTPS with client certificates on {@code zhengtong.tls.port}, plain HTTP on {@code server.port}. */
@Configuration(proxyBeanMethods = false)
class TlsConfiguration {

	/** The HTTPS listener's SSL bundle, read (and checked) at startup when TLS is configured. */
	@Bean
	SslBundleRegistrar httpsSslBundleRegistrar(TlsProperties tls) {
		return (registry) -> {
			if (tls.enabled()) {
				registry.registerBundle(HttpsSslBundle.NAME, HttpsSslBundle.load(tls));
			}
		};
	}

	@Bean
	HttpsServerCustomizer httpsServerCustomizer(TlsProperties tls) {
		return new HttpsServerCustomizer(tls);
	}

	@Bean
	PlainHttpListener plainHttpListener(TlsProperties tls, ServerProperties server,
			ObjectProvider<HttpHandler> httpHandler, ObjectProvider<NettyReactiveWebServerFactory> mainFactory,
			ObjectProvider<ReactorResourceFactory> resourceFactory) {
		int port = (server.getPort() != null) ? server.getPort() : 8080;
		return new PlainHttpListener(tls, port, httpHandler, mainFactory, resourceFactory);
	}

}
