package io.zhengtong.exchange.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A sending unit's signature over a document: what it signed (the manifest's fields) and the
 * signature value with the signer's certificate. {@link #manifest()} rebuilds the signed bytes.
 *
 * @param metadataDigest hash (lower-case hex) of the canonical metadata
 * @param files the files as signed, body first
 * @param value the raw signature (DER for both SM2 and ECDSA)
 */
public record DocumentSignature(SignatureAlgorithm algorithm, String signerUnitCode, Instant signedAt,
        String metadataDigest, List<SignedFile> files, byte[] value, X509Certificate certificate) {

    public DocumentSignature {
        signedAt = CanonicalDocument.truncate(signedAt);
        files = List.copyOf(files);
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public byte[] manifest() {
        return CanonicalDocument.manifest(algorithm, signerUnitCode, signedAt, metadataDigest, files);
    }
}
