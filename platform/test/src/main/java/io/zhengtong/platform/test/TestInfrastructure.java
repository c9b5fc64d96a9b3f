package io.zhengtong.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one switch between the two ways integration tests reach real backing services:
 * <ul>
 * <li>{@code native}: the MariaDB, Kafka, Elasticsearch and Keycloak that {@code deploy/local/zt infra up}
 * runs on this machine (CI here: no Docker engine exists), found through {@code .local-infra/secrets.env};</li>
 * <li>{@code testcontainers}: the same services in containers, where a Docker engine is available.</li>
 * </ul>
 * Chosen by {@code -Dzhengtong.test.infra=native|testcontainers} or the {@code ZT_TEST_INFRA} variable;
 * by default, containers when a Docker engine answers, else native.
 */
public final class TestInfrastructure {

    public enum Mode {
        NATIVE, TESTCONTAINERS
    }

    /** Backing services a test may take away for a while, to show that nothing is lost. */
    public enum Component {
        KAFKA("kafka"), ELASTICSEARCH("elasticsearch");

        final String launcherName;

        Component(String launcherName) {
            this.launcherName = launcherName;
        }
    }

    private static volatile Backing backing;

    private TestInfrastructure() {
    }

    /** What the tests talk to, started (containers) or located (native) once per JVM. */
    public static synchronized Backing backing() {
        if (backing == null) {
            backing = switch (mode()) {
                case NATIVE -> NativeInfrastructure.locate();
                case TESTCONTAINERS -> ContainerInfrastructure.start();
            };
        }
        return backing;
    }

    /** Stops a backing service (native: {@code zt infra stop}; containers: paused). */
    public static void stop(Component component) {
        switch (backing().mode()) {
            case NATIVE -> NativeInfrastructure.launcher("stop", component);
            case TESTCONTAINERS -> ContainerInfrastructure.pause(component);
        }
    }

    /** Starts a backing service again on the same address; returns when it accepts connections. */
    public static void start(Component component) {
        switch (backing().mode()) {
            case NATIVE -> NativeInfrastructure.launcher("start", component);
            case TESTCONTAINERS -> ContainerInfrastructure.unpause(component);
        }
    }

    public static Mode mode() {
        String chosen = System.getProperty("zhengtong.test.infra", System.getenv("ZT_TEST_INFRA"));
        if (chosen != null && !chosen.isBlank()) {
            return Mode.valueOf(chosen.trim().toUpperCase(Locale.ROOT));
        }
        return dockerLikelyAvailable() && ContainerInfrastructure.dockerAvailable() ? Mode.TESTCONTAINERS : Mode.NATIVE;
    }

    // Asking Testcontainers on a machine without Docker is slow and noisy; look for a socket first.
    private static boolean dockerLikelyAvailable() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    /**
     * Addresses and credentials of the backing services.
     *
     * @param jdbcUrlPrefix e.g. {@code jdbc:mariadb://127.0.0.1:3306/}; a database name is appended
     * @param keycloakUrl Keycloak's base URL including {@code /auth}
     * @param kafkaBootstrap Kafka's bootstrap servers
     * @param elasticsearchUrl Elasticsearch's HTTP address
     * @param secrets the variables of {@code secrets.env} (client secrets, DB password)
     */
    public record Backing(Mode mode, String jdbcUrlPrefix, String dbUser, String dbPassword, String keycloakUrl,
            String kafkaBootstrap, String elasticsearchUrl, Map<String, String> secrets) {

        public String jdbcUrl(String database) {
            return jdbcUrlPrefix + database + "?createDatabaseIfNotExist=true";
        }
    }

    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 1) {
                    continue;
                }
                String value = trimmed.substring(equals + 1).trim();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(trimmed.substring(0, equals).replaceFirst("^export\\s+", ""), value);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
