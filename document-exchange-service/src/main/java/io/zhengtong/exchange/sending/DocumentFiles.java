package io.zhengtong.exchange.sending;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.signature.DocumentFile;
import io.zhengtong.exchange.signature.SignatureVerification;

/**
 * A document's files as the sender stored them, encrypted at rest, and the signature check over
 * them: the one place that knows how a file is bound to its document, for sender and recipients.
 */
@Component
public class DocumentFiles {

    private final OutgoingDocuments documents;
    private final UnitKeyStore keys;

    public DocumentFiles(OutgoingDocuments documents, UnitKeyStore keys) {
        this.documents = documents;
        this.keys = keys;
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

    /** Checks the stored signature against the stored metadata and the decrypted files, now. */
    public SignatureVerification verify(OutgoingDocument document) {
        return keys.verifier().verify(document.metadata().orElseThrow(), decryptedFiles(document.id()),
                document.signature().orElseThrow());
    }

    /** Binds each stored file to its document and place (the associated data of its encryption). */
    private static String binding(UUID documentId, int position) {
        return documentId + "/" + position;
    }
}
