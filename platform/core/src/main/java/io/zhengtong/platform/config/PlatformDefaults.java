package io.zhengtong.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.yml} as the lowest-precedence property source, so that each
 * service's own {@code application.yml} states only what differs (its name, port, database),
 * instead of every service copying the same datasource, security and actuator settings.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "zhengtong-platform-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader()
                .load(NAME, new ClassPathResource("platform-defaults.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        }
        catch (IOException e) {
            throw new UncheckedIOException("platform-defaults.yml is unreadable", e);
        }
    }
}
