package io.zhengtong.exchange.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zhengtong.exchange.crypto.CanonicalJson;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Text;

/**
 * The two canonical forms a document signature rests on (the README's contract, format v1):
 * <ol>
 * <li>the metadata: every GB/T 9704 element under a fixed English key, as {@link CanonicalJson}
 * (absent 紧急程度 is the empty string, absent 抄送 the empty array);</li>
 * <li>the signed manifest: the format name, algorithm, hash, signer unit, signing time (UTC,
 * milliseconds), the hash of form 1 and the role, name, size and hash of every file, body
 * first, attachments in order. These bytes are what the unit's key signs.</li>
 * </ol>
 * Signing the hash of the metadata (not the metadata itself) lets a verifier tell "metadata
 * altered" from "wrong key" and name the altered file.
 */
public final class CanonicalDocument {

    public static final String FORMAT = "zhengtong.exchange.signed-document.v1";

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CanonicalDocument() {
    }

    public static byte[] metadata(DocumentMetadata metadata) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("classification", metadata.classification().label());
        form.put("urgency", metadata.urgency().label());
        form.put("issuer", organ(metadata.issuer()));
        form.put("number", metadata.number().formatted());
        form.put("signatories", metadata.signatories().stream().map(Text::normalise).toList());
        form.put("title", Text.normalise(metadata.title()));
        form.put("mainRecipients", metadata.mainRecipients().stream().map(CanonicalDocument::organ).toList());
        form.put("copyRecipients", metadata.copyRecipients().stream().map(CanonicalDocument::organ).toList());
        form.put("writtenOn", metadata.writtenOn().toString());
        form.put("printer", organ(metadata.printer()));
        form.put("printedOn", metadata.printedOn().toString());
        form.put("disclosure", metadata.disclosure().label());
        return CanonicalJson.encode(form);
    }

    public static byte[] manifest(SignatureAlgorithm algorithm, String signerUnitCode, Instant signedAt,
            String metadataDigest, List<SignedFile> files) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("format", FORMAT);
        form.put("algorithm", algorithm.label());
        form.put("hash", algorithm.hash().label());
        form.put("signer", signerUnitCode);
        form.put("signedAt", formatSignedAt(signedAt));
        form.put("metadataDigest", metadataDigest);
        form.put("files", files.stream().map(file -> Map.of(
                "role", file.role().label(),
                "name", Text.normalise(file.name()),
                "size", Long.toString(file.size()),
                "digest", file.digest())).toList());
        return CanonicalJson.encode(form);
    }

    /** Signing times are kept to the millisecond, so that what is stored is exactly what was signed. */
    public static Instant truncate(Instant signedAt) {
        return signedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    static String formatSignedAt(Instant signedAt) {
        return SIGNED_AT.format(truncate(signedAt));
    }

    private static Map<String, String> organ(Organ organ) {
        return Map.of("code", organ.code(), "name", Text.normalise(organ.name()));
    }
}
