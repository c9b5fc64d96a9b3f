package io.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request through the security filter chain starts no Spring Security observation, even with an
 * observation registry that records everything: the per-filter decorators are not installed at all
 * (they cost CPU on every request, see PlatformSecurityAutoConfiguration).
 */
@WebMvcTest(controllers = SecurityObservationsTest.PublicController.class)
@ImportAutoConfiguration({ PlatformSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@Import({ SecurityObservationsTest.PublicController.class, SecurityObservationsTest.RecordingRegistry.class })
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/unused",
        "zhengtong.security.public-paths=/public/**" })
class SecurityObservationsTest {

    static final List<String> started = new CopyOnWriteArrayList<>();

    @Autowired
    MockMvc mvc;

    @RestController
    static class PublicController {

        @GetMapping("/public/ping")
        String ping() {
            return "pong";
        }
    }

    @TestConfiguration
    static class RecordingRegistry {

        @Bean
        ObservationRegistry observationRegistry() {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler<>() {
                @Override
                public void onStart(Observation.Context context) {
                    started.add(context.getName());
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            });
            return registry;
        }
    }

    @Test
    void aRequestStartsNoSecurityObservation() throws Exception {
        started.clear();

        mvc.perform(get("/public/ping")).andExpect(status().isOk());
        mvc.perform(get("/api/anything")).andExpect(status().isUnauthorized());

        assertThat(started).noneMatch(name -> name.startsWith("spring.security"));
    }
}
