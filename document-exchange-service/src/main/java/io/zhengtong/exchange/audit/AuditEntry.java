package io.zhengtong.exchange.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zhengtong.exchange.crypto.CanonicalJson;
import io.zhengtong.exchange.crypto.HashAlgorithm;

/**
 * One link of a document's audit chain. {@code hash} = H(canonical form of every other field,
 * including {@code previousHash}); the first entry's previous hash is the empty string. Times
 * are kept to the millisecond (stored as epoch milliseconds, so no driver can round them).
 */
public record AuditEntry(String documentId, int sequence, AuditAction action, String actor, String unitCode, Instant at,
        String details, HashAlgorithm algorithm, String previousHash, String hash) {

    public static final String FORMAT = "zhengtong.exchange.audit.v1";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MILLIS);
        details = details == null ? "" : details;
    }

    /** The entry that follows {@code previous} (null for the first one), with its hash computed. */
    public static AuditEntry append(AuditEntry previous, String documentId, AuditAction action, String actor,
            String unitCode, Instant at, String details, HashAlgorithm algorithm) {
        int sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? "" : previous.hash();
        AuditEntry unhashed = new AuditEntry(documentId, sequence, action, actor, unitCode, at, details, algorithm,
                previousHash, "");
        return new AuditEntry(documentId, sequence, action, actor, unitCode, at, details, algorithm, previousHash,
                unhashed.computeHash());
    }

    /** The hash these fields must have, lower-case hex. */
    public String computeHash() {
        return algorithm.hex(canonicalForm());
    }

    public byte[] canonicalForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("format", FORMAT);
        form.put("hash", algorithm.label());
        form.put("document", documentId);
        form.put("sequence", Integer.toString(sequence));
        form.put("action", action.name());
        form.put("actor", actor);
        form.put("unit", unitCode);
        form.put("at", AT.format(at));
        form.put("details", details);
        form.put("previousHash", previousHash);
        return CanonicalJson.encode(form);
    }
}
