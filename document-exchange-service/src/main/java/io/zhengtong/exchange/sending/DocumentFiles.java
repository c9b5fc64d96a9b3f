package io.zhengtong.exchange.sending;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.crypto.HashAlgorithm;
import io.zhengtong.exchange.encryption.FileDecryptionFailed;
import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.signature.DocumentFile;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.SignatureVerification;

/**
 * A document's files as the sender stored them, encrypted at rest, and the signature check over
 * them: the one place that knows how a file is bound to its document, for sender and recipients.
 */
@Component
public class DocumentFiles {

    private final OutgoingDocuments documents;
    private final UnitKeyStore keys;
    private final SignatureChecks checks;
    private final Clock clock;

    public DocumentFiles(OutgoingDocuments documents, UnitKeyStore keys, SignatureChecks checks, Clock clock) {
        this.documents = documents;
        this.keys = keys;
        this.checks = checks;
        this.clock = clock;
    }

    void add(UUID documentId, StoredFile file, byte[] content) {
        documents.addFile(documentId, file, keys.fileEncryption().encrypt(binding(documentId, file.position()), content));
    }

    /** The content of the body (0) or an attachment (1..n), decrypted. */
    public byte[] decrypted(UUID documentId, int position) {
        byte[] stored = documents.encryptedContent(documentId, position).orElseThrow();
        return keys.fileEncryption().decrypt(binding(documentId, position), stored);
    }

    /** Every file, body first, decrypted: what a signature covers. */
    public List<DocumentFile> decryptedFiles(UUID documentId) {
        return documents.filesOf(documentId).stream()
            .map(f -> new DocumentFile(f.role(), f.name(), decrypted(documentId, f.position())))
            .toList();
    }

    /**
     * Checks the stored signature against the stored metadata and the decrypted files, now, in
     * full: what 签收 relies on. A file whose ciphertext no longer decrypts was altered at rest;
     * it is checked as a file without content, which no signed digest matches (files are never
     * empty), so the check says INVALID and names it instead of failing the request.
     */
    public SignatureVerification verify(OutgoingDocument document) {
        UUID id = document.id();
        List<DocumentFile> files = documents.filesOf(id).stream().map(f -> {
            try {
                return new DocumentFile(f.role(), f.name(), decrypted(id, f.position()));
            } catch (FileDecryptionFailed altered) {
                return new DocumentFile(f.role(), f.name(), new byte[0]);
            }
        }).toList();
        return keys.verifier().verify(document.metadata().orElseThrow(), files, document.signature().orElseThrow());
    }

    /** A full check and the fingerprint of the stored state it covered, for re-checking it later. */
    public record FullCheck(SignatureVerification result, String fingerprint) {
    }

    /**
     * {@link #verify} in full, outside any transaction (only short reads), with the fingerprint
     * taken BEFORE the document and its files are read: whatever changes after the fingerprint
     * changes it, so {@link #stillCurrent} then says no.
     */
    public FullCheck verifyInFull(UUID documentId) {
        String fingerprint = fingerprint(documents.findForRecipient(documentId).orElseThrow());
        return new FullCheck(verify(documents.findForRecipient(documentId).orElseThrow()), fingerprint);
    }

    /**
     * Whether a full check still covers what is stored (digests, revocation, CA unchanged): a few
     * hashes in the database, cheap enough to run inside the short write transaction of 签收.
     */
    public boolean stillCurrent(OutgoingDocument document, FullCheck check) {
        return fingerprint(document).equals(check.fingerprint());
    }

    /**
     * The signature check for showing a document: the last full check when nothing it depends on
     * changed since (same stored state, same ciphertexts, same revocation of the signer's
     * certificate, same CA), else a full check, remembered. Opening a document again then costs a
     * few hashes in the database instead of decrypting and hashing every file.
     */
    public SignatureVerification check(OutgoingDocument document) {
        String fingerprint = fingerprint(document);
        return checks.find(document.id(), fingerprint).orElseGet(() -> {
            SignatureVerification result = verify(document);
            // the one result that depends on the clock, not on what is stored: check it again next time
            if (result.failure() != SignatureVerification.Failure.SIGNED_IN_FUTURE) {
                checks.remember(document.id(), fingerprint, result, clock.instant());
            }
            return result;
        });
    }

    private String fingerprint(OutgoingDocument document) {
        DocumentSignature signature = document.signature().orElseThrow();
        StringBuilder text = new StringBuilder("zhengtong.exchange.signature-check.v1");
        documents.storedDigests(document.id()).forEach(d -> text.append('\n').append(d));
        text.append("\nrevocation|").append(keys.revocationOf(signature.certificate().getSerialNumber())
            .map(Object::toString).orElse("none"));
        text.append("\nca|").append(keys.platformCa().certificate().getSerialNumber().toString(16));
        return HashAlgorithm.SHA_256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Binds each stored file to its document and place (the associated data of its encryption). */
    private static String binding(UUID documentId, int position) {
        return documentId + "/" + position;
    }
}
