package io.zhengtong.exchange.signature;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.signature.SignatureVerification.CertificateSummary;
import io.zhengtong.exchange.signature.SignatureVerification.Failure;
import io.zhengtong.exchange.signature.SignatureVerification.Status;

/**
 * Checks a received document against its signature, trusting only the platform CA. The checks
 * run in the order of {@link Failure}; the first that fails is the reason shown. Certificate
 * validity is judged at the signing time; a revocation invalidates signatures made from the
 * revocation on, and every signature if the key was compromised.
 */
public final class SignatureVerifier {

    /** Clocks of sender and receiver may differ a little; more than this is suspicious. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final X509Certificate platformCa;
    private final RevocationStatus revocations;
    private final Clock clock;

    public SignatureVerifier(X509Certificate platformCa, RevocationStatus revocations, Clock clock) {
        this.platformCa = Objects.requireNonNull(platformCa);
        this.revocations = Objects.requireNonNull(revocations);
        this.clock = Objects.requireNonNull(clock);
    }

    public SignatureVerification verify(DocumentMetadata metadata, List<DocumentFile> files, DocumentSignature signature) {
        X509Certificate certificate = signature.certificate();
        SignatureAlgorithm algorithm = signature.algorithm();
        String unitCode = UnitCertificates.unitCode(certificate);
        String unitName = UnitCertificates.unitName(certificate);
        Instant signedAt = signature.signedAt();
        Result result = new Result(unitCode, unitName, CertificateSummary.of(certificate), signedAt, algorithm);

        if (!issuedByPlatform(certificate)) {
            return result.invalid(Failure.NOT_ISSUED_BY_PLATFORM_CA,
                    "签名证书（" + UnitCertificates.subject(certificate) + "）不是本平台CA签发的，不能信任。");
        }
        if (!signatureMatches(signature) || !unitCode.equals(signature.signerUnitCode())) {
            return result.invalid(Failure.WRONG_KEY, "签名值与“" + unitName + "”证书的公钥不符：不是该单位的密钥签署，或签名数据被改动。");
        }
        String metadataDigest = algorithm.hash().hex(CanonicalDocument.metadata(metadata));
        if (!metadataDigest.equals(signature.metadataDigest())) {
            return result.invalid(Failure.METADATA_ALTERED, "公文要素（文号、标题、主送机关等）在签名后被改动。");
        }
        Optional<String> fileProblem = fileProblem(files, signature.files(), algorithm);
        if (fileProblem.isPresent()) {
            return result.invalid(Failure.FILE_ALTERED, fileProblem.get());
        }
        if (!unitCode.equals(metadata.issuer().code())) {
            return result.invalid(Failure.SIGNER_NOT_ISSUER,
                    "签名单位“" + unitName + "”不是发文机关“" + metadata.issuer().name() + "”。");
        }
        if (signedAt.isBefore(certificate.getNotBefore().toInstant())) {
            return result.invalid(Failure.CERTIFICATE_NOT_YET_VALID,
                    "签名时间 " + SHOWN.format(signedAt) + " 早于证书生效时间 " + SHOWN.format(certificate.getNotBefore().toInstant()) + "。");
        }
        if (signedAt.isAfter(certificate.getNotAfter().toInstant())) {
            return result.invalid(Failure.CERTIFICATE_EXPIRED,
                    "签名时证书已于 " + SHOWN.format(certificate.getNotAfter().toInstant()) + " 过期。");
        }
        Optional<Revocation> revocation = revocations.revocationOf(certificate.getSerialNumber());
        if (revocation.isPresent() && (revocation.get().reason() == Revocation.Reason.KEY_COMPROMISE
                || !signedAt.isBefore(revocation.get().revokedAt()))) {
            return result.invalid(Failure.CERTIFICATE_REVOKED, "签名证书已于 " + SHOWN.format(revocation.get().revokedAt())
                    + " 吊销（" + revocation.get().reason().label() + "）。");
        }
        if (signedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return result.invalid(Failure.SIGNED_IN_FUTURE, "签名时间 " + SHOWN.format(signedAt) + " 晚于当前时间。");
        }
        String note = revocation.map(r -> "；该证书已于 " + SHOWN.format(r.revokedAt()) + " 吊销（" + r.reason().label()
                + "），签名时仍有效").orElse("");
        return new SignatureVerification(Status.VALID, null,
                "签名有效：由“" + unitName + "”于 " + SHOWN.format(signedAt) + " 签署，公文要素和全部文件未被改动" + note + "。",
                unitCode, unitName, result.certificate, signedAt, algorithm);
    }

    private boolean issuedByPlatform(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(platformCa.getSubjectX500Principal())
                || certificate.getBasicConstraints() != -1) {
            return false;
        }
        try {
            return new JcaX509CertificateHolder(certificate).isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(platformCa));
        } catch (Exception e) {
            return false; // malformed or of another algorithm: not ours either way
        }
    }

    private static boolean signatureMatches(DocumentSignature signature) {
        try {
            Signature verifier = signature.algorithm().newSignature();
            verifier.initVerify(signature.certificate().getPublicKey());
            verifier.update(signature.manifest());
            return verifier.verify(signature.value());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key of another algorithm or a garbled value
        }
    }

    private static Optional<String> fileProblem(List<DocumentFile> files, List<SignedFile> signed,
            SignatureAlgorithm algorithm) {
        for (int i = 0; i < Math.max(files.size(), signed.size()); i++) {
            if (i >= files.size()) {
                return Optional.of(label(signed.get(i).role(), signed.get(i).name()) + "在签名后被删除。");
            }
            DocumentFile file = files.get(i);
            if (i >= signed.size()) {
                return Optional.of(label(file.role(), file.name()) + "是签名后添加的。");
            }
            SignedFile now = SignedFile.of(file, algorithm.hash());
            SignedFile then = signed.get(i);
            if (!now.equals(then)) {
                return Optional.of(label(then.role(), then.name()) + (now.digest().equals(then.digest())
                        ? "的名称或顺序在签名后被改动。" : "的内容在签名后被改动。"));
            }
        }
        return Optional.empty();
    }

    private static String label(FileRole role, String name) {
        return role.displayName() + "“" + name + "”";
    }

    private record Result(String unitCode, String unitName, CertificateSummary certificate, Instant signedAt,
            SignatureAlgorithm algorithm) {

        SignatureVerification invalid(Failure failure, String message) {
            return new SignatureVerification(Status.INVALID, failure, message, unitCode, unitName, certificate, signedAt,
                    algorithm);
        }
    }
}
