package io.zhengtong.exchange.certificate;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.zhengtong.exchange.keys.StoredRevocations.Revoked;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.UnitCertificates;

/**
 * A unit's current signing certificate as the administrator sees it, with its state (有效,
 * 已吊销, 已过期) and the unit's earlier certificates that were revoked or replaced.
 *
 * @param serialNumber upper-case hex, as the signature check shows it
 * @param revokedAt null unless the current certificate is revoked
 */
public record CertificateView(String unitCode, String unitName, String subject, String issuer, String serialNumber,
        Instant notBefore, Instant notAfter, String algorithm, String status, String statusLabel, Instant revokedAt,
        String revocationReason, String revocationReasonLabel, String revocationRemark,
        List<PreviousCertificate> previous) {

    public record PreviousCertificate(String serialNumber, Instant notBefore, Instant notAfter, Instant revokedAt,
            String reason, String reasonLabel, String remark, String revokedBy) {

        static PreviousCertificate of(Revoked r) {
            return new PreviousCertificate(hex(r.revocation().serialNumber()),
                    r.certificate().getNotBefore().toInstant(), r.certificate().getNotAfter().toInstant(),
                    r.revocation().revokedAt(), r.revocation().reason().name(), r.revocation().reason().label(),
                    r.remark(), r.revokedBy());
        }
    }

    static CertificateView of(X509Certificate current, SignatureAlgorithm algorithm, Optional<Revoked> revoked,
            List<Revoked> unitRevocations, Instant now) {
        String status;
        String label;
        if (revoked.isPresent()) {
            status = "REVOKED";
            label = "已吊销";
        } else if (now.isAfter(current.getNotAfter().toInstant())) {
            status = "EXPIRED";
            label = "已过期";
        } else {
            status = "VALID";
            label = "有效";
        }
        return new CertificateView(UnitCertificates.unitCode(current), UnitCertificates.unitName(current),
                UnitCertificates.subject(current), UnitCertificates.issuer(current), hex(current.getSerialNumber()),
                current.getNotBefore().toInstant(), current.getNotAfter().toInstant(), algorithm.label(), status, label,
                revoked.map(r -> r.revocation().revokedAt()).orElse(null),
                revoked.map(r -> r.revocation().reason().name()).orElse(null),
                revoked.map(r -> r.revocation().reason().label()).orElse(null),
                revoked.map(Revoked::remark).orElse(null),
                unitRevocations.stream().filter(r -> !r.revocation().serialNumber().equals(current.getSerialNumber()))
                    .map(PreviousCertificate::of).toList());
    }

    static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }
}
