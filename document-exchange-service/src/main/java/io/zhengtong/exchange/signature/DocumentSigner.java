package io.zhengtong.exchange.signature;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.List;

import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Signs a document at dispatch with the sending unit's key over {@link CanonicalDocument}'s
 * manifest. It refuses to sign for another unit than the 发文机关; whether the certificate is
 * usable is the verifier's call, so dispatch should verify its own signature before sending.
 */
public final class DocumentSigner {

    private DocumentSigner() {
    }

    public static DocumentSignature sign(DocumentMetadata metadata, List<DocumentFile> files, UnitCredentials signer,
            Instant signedAt) {
        if (!signer.unitCode().equals(metadata.issuer().code())) {
            throw DomainRuleViolation.unprocessable("signer-not-issuer", "不能代其他单位签名",
                    "签名证书属于“" + signer.unitName() + "”，而发文机关是“" + metadata.issuer().name() + "”。");
        }
        checkFiles(files);
        SignatureAlgorithm algorithm = signer.algorithm();
        String metadataDigest = algorithm.hash().hex(CanonicalDocument.metadata(metadata));
        List<SignedFile> signedFiles = files.stream().map(file -> SignedFile.of(file, algorithm.hash())).toList();
        Instant at = CanonicalDocument.truncate(signedAt);
        byte[] manifest = CanonicalDocument.manifest(algorithm, signer.unitCode(), at, metadataDigest, signedFiles);
        try {
            Signature signature = algorithm.newSignature();
            signature.initSign(signer.privateKey());
            signature.update(manifest);
            return new DocumentSignature(algorithm, signer.unitCode(), at, metadataDigest, signedFiles, signature.sign(),
                    signer.certificate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the unit key cannot sign with " + algorithm.jcaName(), e);
        }
    }

    /** Exactly one body, first; then the attachments, in order. */
    static void checkFiles(List<DocumentFile> files) {
        long bodies = files.stream().filter(file -> file.role() == FileRole.BODY).count();
        if (bodies != 1 || files.getFirst().role() != FileRole.BODY) {
            throw DomainRuleViolation.unprocessable("document-body-required", "公文正文不符合要求",
                    "一份公文必须有且只有一个正文，并排在附件之前。");
        }
    }
}
