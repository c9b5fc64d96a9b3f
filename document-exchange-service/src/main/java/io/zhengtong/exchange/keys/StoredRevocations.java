package io.zhengtong.exchange.keys;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.signature.Revocation;
import io.zhengtong.exchange.signature.RevocationStatus;
import io.zhengtong.exchange.signature.UnitCertificates;

/**
 * The platform CA's revocation list in the database: every verifier of every instance reads it,
 * so a revocation takes effect at once everywhere and survives restarts. The first revocation
 * of a certificate stands (a later one changes nothing).
 */
@Repository
public class StoredRevocations implements RevocationStatus {

    /** A revoked certificate with who revoked it and why, as the administrator sees it. */
    public record Revoked(Revocation revocation, String unitCode, String remark, String revokedBy,
            X509Certificate certificate) {
    }

    private final JdbcClient jdbc;

    public StoredRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the revocation; answers false when the certificate was already revoked. */
    public boolean revoke(X509Certificate certificate, Instant at, Revocation.Reason reason, String remark, String by) {
        try {
            return jdbc.sql("""
                    INSERT IGNORE INTO unit_certificate_revocation
                        (serial_number, unit_code, revoked_at_ms, reason, remark, revoked_by, certificate)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hex(certificate.getSerialNumber()), UnitCertificates.unitCode(certificate), at.toEpochMilli(),
                        reason.name(), remark == null ? "" : remark, by, certificate.getEncoded())
                .update() == 1;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Revocation> revocationOf(BigInteger serialNumber) {
        return jdbc.sql("SELECT * FROM unit_certificate_revocation WHERE serial_number = ?").param(hex(serialNumber))
            .query((rs, row) -> revoked(rs).revocation()).optional();
    }

    /** The unit's revoked certificates, newest revocation first. */
    public List<Revoked> ofUnit(String unitCode) {
        return jdbc.sql("SELECT * FROM unit_certificate_revocation WHERE unit_code = ? ORDER BY revoked_at_ms DESC")
            .param(unitCode).query((rs, row) -> revoked(rs)).list();
    }

    public Optional<Revoked> find(BigInteger serialNumber) {
        return jdbc.sql("SELECT * FROM unit_certificate_revocation WHERE serial_number = ?").param(hex(serialNumber))
            .query((rs, row) -> revoked(rs)).optional();
    }

    private static Revoked revoked(java.sql.ResultSet rs) throws java.sql.SQLException {
        Revocation revocation = new Revocation(new BigInteger(rs.getString("serial_number"), 16),
                Instant.ofEpochMilli(rs.getLong("revoked_at_ms")), Revocation.Reason.valueOf(rs.getString("reason")));
        return new Revoked(revocation, rs.getString("unit_code"), rs.getString("remark"), rs.getString("revoked_by"),
                certificate(rs.getBytes("certificate")));
    }

    static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored certificate does not parse", e);
        }
    }
}
