package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.zhengtong.exchange.crypto.CanonicalJson;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;

/**
 * The receipt (签收回执) a recipient sends back: which copy of which document, who signed for it
 * and when, and the signed content it acknowledged ({@code metadataDigest}). The receiving unit
 * signs {@link #canonicalForm()} with its key; the sender shows the receipt on its board.
 */
public record SignForReceipt(UUID documentId, DocumentNumber number, Organ sender, Organ recipient,
        CopyNumber copyNumber, String signedForBy, String signedForByName, Instant signedForAt,
        String metadataDigest) {

    public static final String FORMAT = "zhengtong.exchange.receipt.v1";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    public SignForReceipt {
        signedForAt = signedForAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The bytes the receiving unit signs: canonical JSON (same rules as the document's manifest). */
    public byte[] canonicalForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("format", FORMAT);
        form.put("document", documentId.toString());
        form.put("number", number.formatted());
        form.put("sender", Map.of("code", sender.code(), "name", sender.name()));
        form.put("recipient", Map.of("code", recipient.code(), "name", recipient.name()));
        form.put("copyNumber", copyNumber.formatted());
        form.put("signedForBy", signedForBy);
        form.put("signedForByName", signedForByName == null ? "" : signedForByName);
        form.put("signedForAt", AT.format(signedForAt));
        form.put("metadataDigest", metadataDigest);
        return CanonicalJson.encode(form);
    }
}
