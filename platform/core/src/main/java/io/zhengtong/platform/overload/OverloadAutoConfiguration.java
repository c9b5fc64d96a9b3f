package io.zhengtong.platform.overload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Every service's API takes on no more than it can answer in time ({@link ApiConcurrencyLimit}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OverloadProperties.class)
public class OverloadAutoConfiguration {

    // Before Spring Security, so a refused request costs no token verification.
    @Bean
    FilterRegistrationBean<ApiConcurrencyLimit> apiConcurrencyLimit(OverloadProperties properties, JsonMapper json,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new ApiConcurrencyLimit(properties.concurrentRequests(), properties.queueWait(),
                        properties.entryRequests(), properties.entryWait(), json, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
