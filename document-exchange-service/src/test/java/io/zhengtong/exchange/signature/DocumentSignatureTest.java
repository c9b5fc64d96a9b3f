package io.zhengtong.exchange.signature;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.GOV_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.Documents;
import io.zhengtong.exchange.signature.SignatureVerification.Failure;
import io.zhengtong.exchange.signature.SignatureVerification.Status;
import io.zhengtong.platform.problem.DomainRuleViolation;

/** Each case a receiving clerk may meet, for SM2/SM3 and for ECDSA P-256. */
class DocumentSignatureTest {

    static final Instant NOW = Instant.parse("2026-03-03T02:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String PLATFORM = "凤县政通平台";

    final DocumentMetadata notice = Documents.notice();
    final List<DocumentFile> files = List.of(
            DocumentFile.body("正文.pdf", "%PDF-1.7 森林防火通知".getBytes(StandardCharsets.UTF_8)),
            DocumentFile.attachment("附件1 防火责任人名单.xlsx", new byte[] {1, 2, 3}));

    static UnitCertificateAuthority platformCa(SignatureAlgorithm algorithm) {
        return UnitCertificateAuthority.create(PLATFORM, algorithm, NOW.minus(Duration.ofDays(30)), Duration.ofDays(3650));
    }

    static UnitCredentials govOffice(UnitCertificateAuthority ca) {
        return ca.issue("gov-office", "凤县人民政府办公室", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aDocumentSignedByItsIssuingUnitIsValidAndShowsWhoSignedIt(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials govOffice = govOffice(ca);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice, NOW);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, signature);

        assertThat(check.status()).isEqualTo(Status.VALID);
        assertThat(check.failure()).isNull();
        assertThat(check.message()).isEqualTo("签名有效：由“凤县人民政府办公室”于 2026-03-03 10:30 签署，公文要素和全部文件未被改动。");
        assertThat(check.signerUnitCode()).isEqualTo("gov-office");
        assertThat(check.signerUnitName()).isEqualTo("凤县人民政府办公室");
        assertThat(check.algorithm()).isEqualTo(algorithm);
        assertThat(check.certificate().subject()).isEqualTo("C=CN,O=凤县政通平台,OU=gov-office,CN=凤县人民政府办公室");
        assertThat(check.certificate().issuer()).contains("公文签名根证书");
        assertThat(check.certificate().serialNumber())
            .isEqualTo(govOffice.certificate().getSerialNumber().toString(16).toUpperCase());
        assertThat(check.certificate().notAfter()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(signature.files()).extracting(SignedFile::digest)
            .containsExactly(algorithm.hash().hex(files.get(0).content()), algorithm.hash().hex(files.get(1).content()));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aTitleChangedAfterSigningShowsTheMetadataWasAltered(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        DocumentMetadata altered = Documents.notice("关于取消2026年春季森林防火工作的通知");

        SignatureVerification check = ca.verifier(CLOCK).verify(altered, files, signature);

        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.failure()).isEqualTo(Failure.METADATA_ALTERED);
        assertThat(check.message()).contains("公文要素").contains("被改动");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aRecipientAddedAfterSigningShowsTheMetadataWasAltered(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        DocumentMetadata altered = Documents.with(notice, GOV_OFFICE, notice.title(), List.of(CULTURE_TOURISM));

        assertThat(ca.verifier(CLOCK).verify(altered, files, signature).failure()).isEqualTo(Failure.METADATA_ALTERED);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void anAttachmentChangedAfterSigningIsNamed(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        List<DocumentFile> altered = List.of(files.get(0), DocumentFile.attachment("附件1 防火责任人名单.xlsx", new byte[] {1, 2, 4}));

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, altered, signature);

        assertThat(check.failure()).isEqualTo(Failure.FILE_ALTERED);
        assertThat(check.message()).isEqualTo("附件“附件1 防火责任人名单.xlsx”的内容在签名后被改动。");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aChangedBodyARemovedAttachmentAndAnAddedOneAreEachDetected(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        SignatureVerifier verifier = ca.verifier(CLOCK);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW);

        assertThat(verifier.verify(notice, List.of(DocumentFile.body("正文.pdf", "%PDF-1.7 改".getBytes()), files.get(1)),
                signature).message()).isEqualTo("正文“正文.pdf”的内容在签名后被改动。");
        assertThat(verifier.verify(notice, files.subList(0, 1), signature).message())
            .isEqualTo("附件“附件1 防火责任人名单.xlsx”在签名后被删除。");
        assertThat(verifier.verify(notice, List.of(files.get(0), files.get(1), DocumentFile.attachment("附件2.pdf", new byte[1])),
                signature).message()).isEqualTo("附件“附件2.pdf”是签名后添加的。");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignatureMadeWithAnotherUnitsKeyDoesNotMatchTheCertificate(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials govOffice = govOffice(ca);
        UnitCredentials culture = ca.issue("culture-tourism", "凤县文化和旅游局", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        // Someone holding the culture bureau's key presents the government office's certificate.
        DocumentSignature signature = DocumentSigner.sign(notice, files,
                new UnitCredentials(culture.privateKey(), govOffice.certificate(), algorithm), NOW);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, signature);

        assertThat(check.failure()).isEqualTo(Failure.WRONG_KEY);
        assertThat(check.message()).contains("签名值与“凤县人民政府办公室”证书的公钥不符");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignatureValueTamperedWithDoesNotMatch(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature s = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        DocumentSignature laterTime = new DocumentSignature(s.algorithm(), s.signerUnitCode(), s.signedAt().minusSeconds(3600),
                s.metadataDigest(), s.files(), s.value(), s.certificate());

        assertThat(ca.verifier(CLOCK).verify(notice, files, laterTime).failure()).isEqualTo(Failure.WRONG_KEY);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aUnitCannotSignForAnotherUnit(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials culture = ca.issue("culture-tourism", "凤县文化和旅游局", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> DocumentSigner.sign(notice, files, culture, NOW)).isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("签名证书属于“凤县文化和旅游局”，而发文机关是“凤县人民政府办公室”");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aDocumentSignedCorrectlyButByAnotherUnitThanTheIssuerIsInvalid(SignatureAlgorithm algorithm) throws Exception {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials culture = ca.issue("culture-tourism", "凤县文化和旅游局", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        DocumentSignature forged = forge(notice, culture, NOW);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, forged);

        assertThat(check.failure()).isEqualTo(Failure.SIGNER_NOT_ISSUER);
        assertThat(check.message()).isEqualTo("签名单位“凤县文化和旅游局”不是发文机关“凤县人民政府办公室”。");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignatureMadeAfterTheCertificateExpiredIsInvalid(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials expired = ca.issue("gov-office", "凤县人民政府办公室", NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(1)));
        DocumentSignature signature = DocumentSigner.sign(notice, files, expired, NOW);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, signature);

        assertThat(check.failure()).isEqualTo(Failure.CERTIFICATE_EXPIRED);
        assertThat(check.message()).startsWith("签名时证书已于 2026-03-02 10:30 过期");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aDocumentSignedWhileTheCertificateWasValidStaysValidAfterItExpires(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        Clock twoYearsLater = Clock.offset(CLOCK, Duration.ofDays(730));

        assertThat(ca.verifier(twoYearsLater).verify(notice, files, signature).isValid()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignatureBeforeTheCertificateBeganIsInvalid(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials future = ca.issue("gov-office", "凤县人民政府办公室", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

        assertThat(ca.verifier(CLOCK).verify(notice, files, DocumentSigner.sign(notice, files, future, NOW)).failure())
            .isEqualTo(Failure.CERTIFICATE_NOT_YET_VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignatureMadeAfterTheCertificateWasRevokedIsInvalid(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials govOffice = govOffice(ca);
        ca.revoke(govOffice.certificate(), NOW.minus(Duration.ofHours(1)), Revocation.Reason.SUPERSEDED);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, DocumentSigner.sign(notice, files, govOffice, NOW));

        assertThat(check.failure()).isEqualTo(Failure.CERTIFICATE_REVOKED);
        assertThat(check.message()).isEqualTo("签名证书已于 2026-03-03 09:30 吊销（证书已更换）。");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aReplacedCertificateLeavesEarlierSignaturesValidWithANote(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials govOffice = govOffice(ca);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice, NOW);
        ca.revoke(govOffice.certificate(), NOW.plus(Duration.ofDays(1)), Revocation.Reason.SUPERSEDED);

        SignatureVerification check = ca.verifier(Clock.offset(CLOCK, Duration.ofDays(2))).verify(notice, files, signature);

        assertThat(check.isValid()).isTrue();
        assertThat(check.message()).contains("该证书已于 2026-03-04 10:30 吊销（证书已更换），签名时仍有效");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aCompromisedKeyInvalidatesEvenEarlierSignatures(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCredentials govOffice = govOffice(ca);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice, NOW);
        ca.revoke(govOffice.certificate(), NOW.plus(Duration.ofDays(1)), Revocation.Reason.KEY_COMPROMISE);

        assertThat(ca.verifier(CLOCK).verify(notice, files, signature).failure()).isEqualTo(Failure.CERTIFICATE_REVOKED);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aCertificateFromAnotherCaIsNotTrustedEvenWithTheSameNames(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        UnitCertificateAuthority impostor = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(impostor), NOW);

        SignatureVerification check = ca.verifier(CLOCK).verify(notice, files, signature);

        assertThat(check.failure()).isEqualTo(Failure.NOT_ISSUED_BY_PLATFORM_CA);
        assertThat(check.message()).contains("不是本平台CA签发的");
        assertThat(impostor.verifier(CLOCK).verify(notice, files, signature).isValid()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void theCaCertificateItselfCannotSignDocuments(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature s = DocumentSigner.sign(notice, files, govOffice(ca), NOW);
        DocumentSignature withCa = new DocumentSignature(s.algorithm(), s.signerUnitCode(), s.signedAt(), s.metadataDigest(),
                s.files(), s.value(), ca.certificate());

        assertThat(ca.verifier(CLOCK).verify(notice, files, withCa).failure()).isEqualTo(Failure.NOT_ISSUED_BY_PLATFORM_CA);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSigningTimeFarInTheFutureIsInvalid(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), NOW.plus(Duration.ofHours(2)));

        assertThat(ca.verifier(CLOCK).verify(notice, files, signature).failure()).isEqualTo(Failure.SIGNED_IN_FUTURE);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aDocumentNeedsExactlyOneBodyFirst(SignatureAlgorithm algorithm) {
        UnitCredentials govOffice = govOffice(platformCa(algorithm));

        assertThatThrownBy(() -> DocumentSigner.sign(notice, List.of(files.get(1)), govOffice, NOW))
            .hasMessageContaining("有且只有一个正文");
        assertThatThrownBy(() -> DocumentSigner.sign(notice, List.of(files.get(1), files.get(0)), govOffice, NOW))
            .hasMessageContaining("有且只有一个正文");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void theSigningTimeIsKeptToTheMillisecond(SignatureAlgorithm algorithm) {
        UnitCertificateAuthority ca = platformCa(algorithm);
        Instant precise = NOW.plusNanos(123_456_789);
        DocumentSignature signature = DocumentSigner.sign(notice, files, govOffice(ca), precise);

        assertThat(signature.signedAt()).isEqualTo(precise.truncatedTo(ChronoUnit.MILLIS));
        assertThat(ca.verifier(CLOCK).verify(notice, files, signature).isValid()).isTrue();
    }

    /** What other software (not our signer) could produce: a real signature by the wrong unit. */
    private DocumentSignature forge(DocumentMetadata metadata, UnitCredentials signer, Instant at) throws Exception {
        SignatureAlgorithm algorithm = signer.algorithm();
        String digest = HexFormat.of().formatHex(algorithm.hash().digest(CanonicalDocument.metadata(metadata)));
        List<SignedFile> signed = files.stream().map(f -> SignedFile.of(f, algorithm.hash())).toList();
        Signature signature = algorithm.newSignature();
        signature.initSign(signer.privateKey());
        signature.update(CanonicalDocument.manifest(algorithm, signer.unitCode(), at, digest, signed));
        return new DocumentSignature(algorithm, signer.unitCode(), at, digest, signed, signature.sign(), signer.certificate());
    }
}
