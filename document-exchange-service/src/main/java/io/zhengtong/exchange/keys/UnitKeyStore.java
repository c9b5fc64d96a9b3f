package io.zhengtong.exchange.keys;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.crypto.CryptoSettings;
import io.zhengtong.exchange.encryption.FileEncryption;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.SignatureVerifier;
import io.zhengtong.exchange.signature.UnitCertificateAuthority;
import io.zhengtong.exchange.signature.UnitCredentials;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;

/**
 * The platform CA, one signing key per unit and the file-encryption key, kept in the service's
 * database wrapped by the configured key-encryption key. Created on first use (and for every unit
 * of the directory at start-up), loaded afterwards, so a restart keeps every certificate.
 * Several instances may race to create a key: the primary key lets one win and the others load it.
 */
@Component
public class UnitKeyStore {

    private static final Logger log = LoggerFactory.getLogger(UnitKeyStore.class);
    static final String CA = "platform-ca";
    static final String FILE_KEY = "file-encryption";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration UNIT_VALIDITY = Duration.ofDays(730);

    private final JdbcClient jdbc;
    private final KeyWrapping wrapping;
    private final String organisation;
    private final CryptoSettings settings;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final StoredRevocations revocations;
    private volatile UnitCertificateAuthority ca;
    private volatile FileEncryption files;

    public UnitKeyStore(JdbcClient jdbc, KeyStoreProperties properties, CryptoSettings settings,
            OrganisationDirectory directory, Clock clock, StoredRevocations revocations) {
        this.jdbc = jdbc;
        this.revocations = revocations;
        this.wrapping = properties.wrapping(); // fails start-up without a KEK outside development
        this.organisation = properties.caOrganisation();
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** Loads or creates the keys of every unit of the directory; a directory outage only defers that to first use. */
    @EventListener(ApplicationReadyEvent.class)
    public void prepareUnitKeys() {
        platformCa();
        fileEncryption();
        try {
            for (Unit unit : directory.units()) {
                credentialsOf(unit.code(), unit.fullName());
            }
        } catch (RuntimeException e) {
            log.warn("unit keys not prepared at start-up (created on first use): {}", e.toString());
        }
    }

    public synchronized UnitCertificateAuthority platformCa() {
        if (ca == null) {
            ca = loadCa().orElseGet(() -> {
                UnitCertificateAuthority created = UnitCertificateAuthority.create(organisation, settings.signature(),
                        clock.instant().minus(Duration.ofMinutes(5)), CA_VALIDITY);
                store(CA, created.algorithm().label(), created.certificate(), created.privateKey().getEncoded());
                return loadCa().orElseThrow(); // another instance may have won the race
            });
        }
        return ca;
    }

    /** A verifier that trusts the platform CA and its stored revocation list. */
    public SignatureVerifier verifier() {
        return new SignatureVerifier(platformCa().certificate(), revocations, clock);
    }

    /**
     * The signing key of a unit, its name taken from the directory when it has to be created.
     * Read from the database every time (one row): a renewal by any instance takes effect at once.
     */
    public UnitCredentials credentialsOf(String unitCode) {
        Optional<UnitCredentials> stored = loadUnit(unitCode);
        if (stored.isPresent()) {
            return stored.get();
        }
        String name = directory.unit(unitCode).map(Unit::fullName)
            .orElseThrow(() -> new IllegalArgumentException("unknown unit " + unitCode));
        return credentialsOf(unitCode, name);
    }

    synchronized UnitCredentials credentialsOf(String unitCode, String unitName) {
        return loadUnit(unitCode).orElseGet(() -> {
            UnitCredentials issued = issue(unitCode, unitName);
            store("unit:" + unitCode, issued.algorithm().label(), issued.certificate(), issued.privateKey().getEncoded());
            return loadUnit(unitCode).orElseThrow(); // another instance may have won the race
        });
    }

    /**
     * 证书更换: a new key and certificate replace the unit's current ones, on condition that the
     * current one is still {@code current} (two administrators renewing at once: one wins, the
     * other gets empty). The old certificate is not touched here; signatures keep carrying it.
     */
    public Optional<UnitCredentials> renew(UnitCredentials current) {
        UnitCredentials issued = issue(current.unitCode(), current.unitName());
        try {
            int replaced = jdbc.sql("""
                    UPDATE exchange_key SET algorithm = ?, certificate = ?, wrapped_private_key = ?,
                        created_at = CURRENT_TIMESTAMP(6)
                    WHERE name = ? AND certificate = ?""")
                .params(issued.algorithm().label(), issued.certificate().getEncoded(),
                        wrapping.wrap("unit:" + current.unitCode(), issued.privateKey().getEncoded()),
                        "unit:" + current.unitCode(), current.certificate().getEncoded())
                .update();
            return replaced == 1 ? Optional.of(issued) : Optional.empty();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UnitCredentials issue(String unitCode, String unitName) {
        Instant now = clock.instant();
        return platformCa().issue(unitCode, unitName, now.minus(Duration.ofMinutes(5)), now.plus(UNIT_VALIDITY));
    }

    /** The key files are encrypted with at rest (SM4-GCM or AES-256-GCM as configured when it was created). */
    public synchronized FileEncryption fileEncryption() {
        if (files == null) {
            files = loadFileKey().orElseGet(() -> {
                FileEncryption.Algorithm algorithm = settings.fileEncryption();
                jdbc.sql("INSERT IGNORE INTO exchange_key (name, algorithm, wrapped_private_key) VALUES (?, ?, ?)")
                    .params(FILE_KEY, algorithm.name(), wrapping.wrap(FILE_KEY, algorithm.generateKey().getEncoded()))
                    .update();
                return loadFileKey().orElseThrow();
            });
        }
        return files;
    }

    private Optional<FileEncryption> loadFileKey() {
        return jdbc.sql("SELECT algorithm, wrapped_private_key FROM exchange_key WHERE name = ?").param(FILE_KEY)
            .query((rs, row) -> {
                FileEncryption.Algorithm algorithm = FileEncryption.Algorithm.valueOf(rs.getString(1));
                byte[] key = wrapping.unwrap(FILE_KEY, rs.getBytes(2));
                return new FileEncryption(algorithm, new SecretKeySpec(key, algorithm == FileEncryption.Algorithm.SM4_GCM ? "SM4" : "AES"));
            })
            .optional();
    }

    private Optional<UnitCertificateAuthority> loadCa() {
        return load(CA).map(stored -> UnitCertificateAuthority.restore(organisation, stored.algorithm(),
                new KeyPair(stored.certificate().getPublicKey(), stored.privateKey()), stored.certificate()));
    }

    private Optional<UnitCredentials> loadUnit(String unitCode) {
        return load("unit:" + unitCode)
            .map(stored -> new UnitCredentials(stored.privateKey(), stored.certificate(), stored.algorithm()));
    }

    private record Stored(SignatureAlgorithm algorithm, X509Certificate certificate, PrivateKey privateKey) {
    }

    private Optional<Stored> load(String name) {
        return jdbc.sql("SELECT algorithm, certificate, wrapped_private_key FROM exchange_key WHERE name = ?").param(name)
            .query((rs, row) -> new Stored(SignatureAlgorithm.fromLabel(rs.getString(1)), certificate(rs.getBytes(2)),
                    privateKey(wrapping.unwrap(name, rs.getBytes(3)))))
            .optional();
    }

    private void store(String name, String algorithm, X509Certificate certificate, byte[] privateKey) {
        try {
            jdbc.sql("INSERT IGNORE INTO exchange_key (name, algorithm, certificate, wrapped_private_key) VALUES (?, ?, ?, ?)")
                .params(name, algorithm, certificate.getEncoded(), wrapping.wrap(name, privateKey))
                .update();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored certificate does not parse", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored private key does not parse", e);
        }
    }
}
