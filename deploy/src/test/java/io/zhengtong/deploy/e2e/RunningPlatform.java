package io.zhengtong.deploy.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.zhengtong.platform.test.NativeInfrastructure;

/** The platform {@code deploy/local/zt up} runs on this machine, as its users reach it: through the gateway. */
final class RunningPlatform {

    static final String PUBLIC_URL = System.getProperty("zhengtong.e2e.url", "https://localhost:8443");

    static final String[] SERVICES = { "portal", "disclosure", "mailbox", "exchange", "meeting" };

    private RunningPlatform() {
    }

    static Path pki() {
        return NativeInfrastructure.directory().resolve("pki");
    }

    static String pkiPassword() {
        return NativeInfrastructure.secrets().get("ZT_PKI_PASSWORD");
    }

    static Path userCertificate(String folder, String username) {
        return pki().resolve(folder).resolve(username + ".p12");
    }

    /**
     * Runs {@code deploy/local/zt <args>} and fails the test if it fails. It is the launcher of the
     * checkout that owns {@code .local-infra}: a git worktree shares it through a symbolic link, and
     * a launcher recognises its processes by their path, so the worktree's own launcher would call
     * them "not running" (and delete their pid files).
     */
    static void launcher(String... args) throws IOException, InterruptedException {
        Path zt = NativeInfrastructure.directory().toRealPath().getParent().resolve("deploy/local/zt");
        String[] command = new String[args.length + 1];
        command[0] = zt.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("zt " + String.join(" ", args) + " failed");
        }
    }

    /** TLS that trusts the test CA and, if given, presents a user's certificate (as a USB key would). */
    static SSLContext tls(Path clientCertificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream ca = Files.newInputStream(pki().resolve("ca.crt"))) {
            trusted.setCertificateEntry("zhengtong-test-ca", CertificateFactory.getInstance("X.509").generateCertificate(ca));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore identity = KeyStore.getInstance("PKCS12");
        char[] password = pkiPassword().toCharArray();
        if (clientCertificate != null) {
            try (InputStream p12 = Files.newInputStream(clientCertificate)) {
                identity.load(p12, password);
            }
        }
        else {
            identity.load(null, null);
        }
        keys.init(identity, password);

        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    static java.net.http.HttpClient http(Path clientCertificate) throws Exception {
        return java.net.http.HttpClient.newBuilder()
            .sslContext(tls(clientCertificate))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }
}
