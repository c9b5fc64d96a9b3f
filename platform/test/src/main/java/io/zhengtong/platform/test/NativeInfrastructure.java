package io.zhengtong.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zhengtong.platform.test.TestInfrastructure.Backing;
import io.zhengtong.platform.test.TestInfrastructure.Mode;

/** Finds the services {@code deploy/local/zt infra up} started, through the secrets file it wrote. */
final class NativeInfrastructure {

    private NativeInfrastructure() {
    }

    static Backing locate() {
        Path secretsFile = findSecretsFile();
        Map<String, String> secrets = TestInfrastructure.readEnvFile(secretsFile);
        return new Backing(Mode.NATIVE, "jdbc:mariadb://127.0.0.1:3306/", secrets.getOrDefault("ZT_DB_USER", "zhengtong"),
                secrets.get("ZT_DB_PASSWORD"), "http://127.0.0.1:8180/auth", secrets);
    }

    private static Path findSecretsFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".local-infra/secrets.env");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("""
                Integration tests need the real backing services, and there is no Docker engine here.
                Start them natively first:  deploy/local/zt infra up
                (no .local-infra/secrets.env found above %s)""".formatted(Path.of("").toAbsolutePath()));
    }
}
