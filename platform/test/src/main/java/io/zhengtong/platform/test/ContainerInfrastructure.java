package io.zhengtong.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.utility.MountableFile;

import io.zhengtong.platform.test.TestInfrastructure.Backing;
import io.zhengtong.platform.test.TestInfrastructure.Component;
import io.zhengtong.platform.test.TestInfrastructure.Mode;

/**
 * The backing services in containers, for machines with a Docker engine: MariaDB 10.11 and
 * Keycloak with the project's realm, Kafka and Elasticsearch. Started once per JVM and left to Testcontainers' reaper.
 */
final class ContainerInfrastructure {

    private static final String[] SECRET_NAMES = { "ZT_GATEWAY_CLIENT_SECRET", "ZT_PORTAL_CLIENT_SECRET",
            "ZT_DISCLOSURE_CLIENT_SECRET", "ZT_MAILBOX_CLIENT_SECRET", "ZT_EXCHANGE_CLIENT_SECRET",
            "ZT_MEETING_CLIENT_SECRET" };

    private static KafkaContainer kafka;
    private static ElasticsearchContainer elasticsearch;

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    static Backing start() {
        Map<String, String> secrets = new HashMap<>();
        for (String name : SECRET_NAMES) {
            secrets.put(name, UUID.randomUUID().toString());
        }
        MariaDBContainer mariadb = new MariaDBContainer("mariadb:10.11").withUsername("zhengtong")
            .withPassword("zhengtong")
            .withDatabaseName("zhengtong")
            .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        // Tests create their own *_test databases, as on the native instance.
        mariadb.withUrlParam("createDatabaseIfNotExist", "true");
        mariadb.start();
        try (var connection = mariadb.createConnection(""); var statement = connection.createStatement()) {
            statement.execute("GRANT ALL PRIVILEGES ON *.* TO 'zhengtong'@'%'");
        }
        catch (Exception e) {
            throw new IllegalStateException("could not grant the test user its privileges", e);
        }

        GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.7.3")
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString())
            .withEnv(secrets)
            .withCopyToContainer(MountableFile.forHostPath(realmFile()), "/opt/keycloak/data/import/zhengtong-realm.json")
            .withCommand("start-dev", "--import-realm", "--http-relative-path=/auth",
                    "--hostname=https://localhost:8443/auth", "--hostname-backchannel-dynamic=true")
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/auth/realms/zhengtong").forPort(8080).withStartupTimeout(Duration.ofMinutes(3)));
        keycloak.start();
        kafka = new KafkaContainer("apache/kafka:4.1.2");
        elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.7")
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

        kafka.start();
        elasticsearch.start();

        String jdbcPrefix = "jdbc:mariadb://" + mariadb.getHost() + ":" + mariadb.getMappedPort(3306) + "/";
        String keycloakUrl = "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080) + "/auth";
        secrets.put("ZT_DB_USER", "zhengtong");
        secrets.put("ZT_DB_PASSWORD", "zhengtong");
        return new Backing(Mode.TESTCONTAINERS, jdbcPrefix, "zhengtong", "zhengtong", keycloakUrl,
                kafka.getBootstrapServers(), "http://" + elasticsearch.getHttpHostAddress(), Map.copyOf(secrets));
    }

    // Paused rather than stopped, so the service comes back on the same mapped port.
    static void pause(Component component) {
        DockerClientFactory.instance().client().pauseContainerCmd(container(component).getContainerId()).exec();
    }

    static void unpause(Component component) {
        DockerClientFactory.instance().client().unpauseContainerCmd(container(component).getContainerId()).exec();
    }

    private static GenericContainer<?> container(Component component) {
        return switch (component) {
            case KAFKA -> kafka;
            case ELASTICSEARCH -> elasticsearch;
        };
    }

    // The realm ships in the auth module's jar; copy it out so it can be mounted.
    private static Path realmFile() {
        try (InputStream realm = ContainerInfrastructure.class.getResourceAsStream("/realm/zhengtong-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("realm/zhengtong-realm.json is not on the test classpath (auth module)");
            }
            Path copy = Files.createTempFile("zhengtong-realm", ".json");
            Files.copy(realm, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
