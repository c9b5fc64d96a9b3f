package io.zhengtong.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.zhengtong.platform.config.BeanWrapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless OAuth2 resource server behind the gateway: Keycloak JWTs only,
 * no sessions, no CSRF (the gateway guards the browser session), errors as problem details.
 */
@AutoConfiguration(before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    // Metrics are not here: the gateway's website route reaches portal-service's root paths.
    private static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/actuator/info",
            "/api/*/v3/api-docs", "/api/*/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
            JsonMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        String[] publicPaths = Stream.concat(ALWAYS_PUBLIC.stream(), properties.publicPaths().stream())
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
                requests.requestMatchers(publicPaths).permitAll();
                if (properties.website()) {
                    requests.requestMatchers("/api/**", "/actuator/**").authenticated();
                    requests.anyRequest().permitAll();
                }
                else {
                    requests.anyRequest().authenticated();
                }
            })
            .oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter()))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * No observation of Spring Security's filters, authentications or authorizations. With an
     * observation registry present (actuator), Spring Security otherwise wraps every filter of the
     * chain in an observing decorator on every request, even when a predicate then drops the
     * observations: work for metrics nobody reads (http.server.requests still times each request).
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    static SecurityObservationSettings platformSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, with its character rule checked without a regex (RequestCharacters). */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall platformHttpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestCharacters::allowedInName);
        firewall.setAllowedHeaderValues(RequestCharacters::allowedInHeaderValue);
        firewall.setAllowedParameterNames(RequestCharacters::allowedInName);
        return firewall;
    }

    // Boot makes the decoder from the issuer and key-set properties; it is kept and wrapped.
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return BeanWrapping.wrapping(JwtDecoder.class, VerifiedTokens.class,
                decoder -> new VerifiedTokens(decoder, Clock.systemUTC()));
    }

    @Bean
    WebMvcConfigurer currentUserArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
