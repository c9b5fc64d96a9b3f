package io.zhengtong.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zhengtong.platform.test.TestInfrastructure.Backing;
import io.zhengtong.platform.test.TestInfrastructure.Component;
import io.zhengtong.platform.test.TestInfrastructure.Mode;

/**
 * The services {@code deploy/local/zt} runs on this machine, found through the folder it keeps
 * them in ({@code .local-infra/}) and the secrets file it wrote there.
 */
public final class NativeInfrastructure {

    private NativeInfrastructure() {
    }

    static Backing locate() {
        Map<String, String> secrets = secrets();
        return new Backing(Mode.NATIVE, "jdbc:mariadb://127.0.0.1:3306/", secrets.getOrDefault("ZT_DB_USER", "zhengtong"),
                secrets.get("ZT_DB_PASSWORD"), "http://127.0.0.1:8180/auth", "127.0.0.1:9092", "http://127.0.0.1:9200",
                secrets);
    }

    /** Runs {@code deploy/local/zt infra start|stop <component>} and waits for it. */
    static void launcher(String action, Component component) {
        try {
            // The launcher of the checkout that owns .local-infra (a worktree may link to it):
            // it recognises its processes by their paths.
            Path zt = directory().toRealPath().getParent().resolve("deploy/local/zt");
            Process process = new ProcessBuilder(zt.toString(), "infra", action, component.launcherName)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("zt infra " + action + " " + component.launcherName + " failed");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The variables of {@code .local-infra/secrets.env} (DB password, client secrets, PKI password). */
    public static Map<String, String> secrets() {
        return TestInfrastructure.readEnvFile(directory().resolve("secrets.env"));
    }

    /** The launcher's {@code .local-infra/} folder, found from the working directory upwards. */
    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".local-infra");
            if (Files.isRegularFile(candidate.resolve("secrets.env"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("""
                Integration tests need the real backing services, and there is no Docker engine here.
                Start them natively first:  deploy/local/zt infra up
                (no .local-infra/secrets.env found above %s)""".formatted(Path.of("").toAbsolutePath()));
    }
}
