package io.zhengtong.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single public entry of Zhengtong: TLS with client certificates, routing to the services
 * and Keycloak, single sign-on with token relay, circuit breakers, rate limits, security headers,
 * and the OA client's static files.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
