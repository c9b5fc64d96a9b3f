package io.zhengtong.exchange.signature;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What a clerk sees when opening a document: who signed, with which certificate, and VALID or
 * INVALID with the reason in Chinese ({@link #message()}).
 */
public record SignatureVerification(Status status, Failure failure, String message, String signerUnitCode,
        String signerUnitName, CertificateSummary certificate, Instant signedAt, SignatureAlgorithm algorithm) {

    public enum Status {
        VALID("有效"),
        INVALID("无效");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a signature is INVALID, the first failing check in this order. */
    public enum Failure {
        NOT_ISSUED_BY_PLATFORM_CA("证书不是平台CA签发"),
        WRONG_KEY("签名与证书不符"),
        METADATA_ALTERED("公文要素被改动"),
        FILE_ALTERED("文件被改动"),
        SIGNER_NOT_ISSUER("签名单位不是发文机关"),
        CERTIFICATE_NOT_YET_VALID("签名时证书尚未生效"),
        CERTIFICATE_EXPIRED("签名时证书已过期"),
        CERTIFICATE_REVOKED("证书已吊销"),
        SIGNED_IN_FUTURE("签名时间晚于当前时间");

        private final String label;

        Failure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The certificate as shown: subject, issuer, serial (hex), validity. */
    public record CertificateSummary(String subject, String issuer, String serialNumber, Instant notBefore,
            Instant notAfter) {

        static CertificateSummary of(X509Certificate certificate) {
            return new CertificateSummary(UnitCertificates.subject(certificate), UnitCertificates.issuer(certificate),
                    hex(certificate.getSerialNumber()), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant());
        }

        private static String hex(BigInteger serial) {
            return serial.toString(16).toUpperCase(java.util.Locale.ROOT);
        }
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
