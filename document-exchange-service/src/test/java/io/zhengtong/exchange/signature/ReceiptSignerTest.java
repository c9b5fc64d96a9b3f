package io.zhengtong.exchange.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sender trusts a receipt only if the addressed unit's own key signed exactly that receipt. */
class ReceiptSignerTest {

    static final Instant NOW = Instant.parse("2026-03-03T02:30:00Z");
    static final byte[] RECEIPT = "{\"copyNumber\":\"000001\",\"signedForBy\":\"yang.min\"}".getBytes(StandardCharsets.UTF_8);

    static UnitCertificateAuthority ca(SignatureAlgorithm algorithm) {
        return UnitCertificateAuthority.create("凤县政通平台", algorithm, NOW.minus(Duration.ofDays(30)), Duration.ofDays(3650));
    }

    static UnitCredentials education(UnitCertificateAuthority ca) {
        return ca.issue("education", "凤县教育局", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aReceiptSignedByTheReceivingUnitVerifies(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = ca(algorithm);
        UnitCredentials education = education(ca);

        byte[] value = ReceiptSigner.sign(RECEIPT, education);

        assertThat(ReceiptSigner.verify(RECEIPT, value, education.certificate(), "education", algorithm,
                ca.certificate())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aReceiptChangedAfterSigningDoesNotVerify(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = ca(algorithm);
        UnitCredentials education = education(ca);
        byte[] value = ReceiptSigner.sign(RECEIPT, education);

        byte[] altered = new String(RECEIPT, StandardCharsets.UTF_8).replace("yang.min", "sun.hao")
            .getBytes(StandardCharsets.UTF_8);

        assertThat(ReceiptSigner.verify(altered, value, education.certificate(), "education", algorithm,
                ca.certificate())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aReceiptSignedByAnotherUnitDoesNotCountForTheAddressedUnit(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = ca(algorithm);
        UnitCredentials housing = ca.issue("housing", "凤县住房和城乡建设局", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(365)));

        byte[] value = ReceiptSigner.sign(RECEIPT, housing);

        assertThat(ReceiptSigner.verify(RECEIPT, value, housing.certificate(), "education", algorithm,
                ca.certificate())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aReceiptSignedWithACertificateFromAnotherCaIsNotTrusted(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority platform = ca(algorithm);
        UnitCredentials forged = education(ca(algorithm));

        byte[] value = ReceiptSigner.sign(RECEIPT, forged);

        assertThat(ReceiptSigner.verify(RECEIPT, value, forged.certificate(), "education", algorithm,
                platform.certificate())).isFalse();
    }
}
