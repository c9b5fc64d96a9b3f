package io.zhengtong.exchange.sending;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.outgoing.DraftContent;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.FileRole;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.SignedFile;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.paging.PageQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outgoing documents of the sending units: the aggregate's snapshot as JSON plus the columns
 * lists filter on, and its files (already encrypted by the caller). Every change is conditional
 * on the version the caller read (optimistic locking, 409 when someone else was faster).
 */
@Repository
public class OutgoingDocuments {

    /** A document as loaded, with the version a change must name. */
    public record Versioned(OutgoingDocument document, long version) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OutgoingDocuments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void add(OutgoingDocument document) {
        jdbc.sql("INSERT INTO outgoing_document (id, issuer_code, status, title, version, state) VALUES (?, ?, ?, ?, 0, ?)")
            .params(document.id().toString(), document.issuer().code(), document.status().name(), document.content().title(),
                    json.writeValueAsString(StoredState.of(document.snapshot())))
            .update();
    }

    /** Saves a changed document if nobody changed it since {@code version}; answers the new version. */
    public long save(OutgoingDocument document, long version) {
        int updated = jdbc.sql("""
                UPDATE outgoing_document SET status = ?, title = ?, state = ?, version = version + 1,
                    updated_at = CURRENT_TIMESTAMP(6)
                WHERE id = ? AND version = ?""")
            .params(document.status().name(), document.content().title(),
                    json.writeValueAsString(StoredState.of(document.snapshot())), document.id().toString(), version)
            .update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException(OutgoingDocument.class, document.id());
        }
        return version + 1;
    }

    /** The document if it belongs to the unit: another unit's document is as good as absent. */
    public Optional<Versioned> find(UUID id, String issuerCode) {
        return jdbc.sql("SELECT state, version FROM outgoing_document WHERE id = ? AND issuer_code = ?")
            .params(id.toString(), issuerCode)
            .query((rs, row) -> new Versioned(
                    OutgoingDocument.restore(json.readValue(rs.getString(1), StoredState.class).snapshot()), rs.getLong(2)))
            .optional();
    }

    /**
     * Any unit's document, for a recipient whose delivery of it was checked first: never call it
     * without that check, or a unit reads what is not addressed to it.
     */
    public Optional<OutgoingDocument> findForRecipient(UUID id) {
        return jdbc.sql("SELECT state FROM outgoing_document WHERE id = ?")
            .param(id.toString())
            .query((rs, row) -> OutgoingDocument.restore(json.readValue(rs.getString(1), StoredState.class).snapshot()))
            .optional();
    }

    /** One page of the unit's documents, newest first, optionally of one status. */
    public List<Versioned> ofUnit(String issuerCode, OutgoingStatus status, PageQuery page) {
        return jdbc.sql("""
                SELECT state, version FROM outgoing_document
                WHERE issuer_code = :unit AND (:status IS NULL OR status = :status)
                ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
            .param("unit", issuerCode).param("status", status == null ? null : status.name())
            .param("limit", page.size()).param("offset", page.offset())
            .query((rs, row) -> new Versioned(
                    OutgoingDocument.restore(json.readValue(rs.getString(1), StoredState.class).snapshot()), rs.getLong(2)))
            .list();
    }

    public long countOfUnit(String issuerCode, OutgoingStatus status) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM outgoing_document WHERE issuer_code = :unit AND (:status IS NULL OR status = :status)""")
            .param("unit", issuerCode).param("status", status == null ? null : status.name())
            .query(Long.class)
            .single();
    }

    public void addFile(UUID documentId, StoredFile file, byte[] encrypted) {
        jdbc.sql("INSERT INTO outgoing_file (document_id, position, role, name, media_type, size, content) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(documentId.toString(), file.position(), file.role().name(), file.name(), file.mediaType(), file.size(),
                    encrypted)
            .update();
    }

    public List<StoredFile> filesOf(UUID documentId) {
        return jdbc.sql("SELECT position, role, name, media_type, size FROM outgoing_file WHERE document_id = ? ORDER BY position")
            .param(documentId.toString())
            .query((rs, row) -> new StoredFile(rs.getInt(1), FileRole.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getLong(5)))
            .list();
    }

    /**
     * SHA-256 of the stored state and of every stored ciphertext, computed by the database: what a
     * document's signature check depends on, without moving or decrypting the files.
     */
    public List<String> storedDigests(UUID documentId) {
        List<String> digests = new ArrayList<>(jdbc.sql("SELECT SHA2(state, 256) FROM outgoing_document WHERE id = ?")
            .param(documentId.toString()).query(String.class).list());
        jdbc.sql("SELECT position, role, name, SHA2(content, 256) FROM outgoing_file WHERE document_id = ? ORDER BY position")
            .param(documentId.toString())
            .query((rs, row) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
            .list()
            .forEach(digests::add);
        return digests;
    }

    public Optional<byte[]> encryptedContent(UUID documentId, int position) {
        return jdbc.sql("SELECT content FROM outgoing_file WHERE document_id = ? AND position = ?")
            .params(documentId.toString(), position).query(byte[].class).optional();
    }

    /** The JSON form of a snapshot: certificates as DER, everything else as plain values. */
    record StoredState(UUID id, Organ issuer, String drafter, OutgoingStatus status, DraftContent content,
            String lastSendBackRemark, String signatory, String signedOffBy, LocalDate writtenOn, String number,
            StoredSignature signature, Instant dispatchedAt, List<HistoryEntry> history) {

        static StoredState of(OutgoingDocument.Snapshot s) {
            return new StoredState(s.id(), s.issuer(), s.drafter(), s.status(), s.content(), s.lastSendBackRemark(),
                    s.signatory(), s.signedOffBy(), s.writtenOn(), s.number() == null ? null : s.number().formatted(),
                    s.signature() == null ? null : StoredSignature.of(s.signature()), s.dispatchedAt(), s.history());
        }

        OutgoingDocument.Snapshot snapshot() {
            return new OutgoingDocument.Snapshot(id, issuer, drafter, status, content, lastSendBackRemark, signatory,
                    signedOffBy, writtenOn, number == null ? null : DocumentNumber.parse(number),
                    signature == null ? null : signature.signature(), dispatchedAt, history);
        }
    }

    record StoredSignature(String algorithm, String signerUnitCode, Instant signedAt, String metadataDigest,
            List<SignedFile> files, byte[] value, byte[] certificate) {

        static StoredSignature of(DocumentSignature s) {
            try {
                return new StoredSignature(s.algorithm().label(), s.signerUnitCode(), s.signedAt(), s.metadataDigest(),
                        s.files(), s.value(), s.certificate().getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        DocumentSignature signature() {
            try {
                X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                    .generateCertificate(new ByteArrayInputStream(certificate));
                return new DocumentSignature(SignatureAlgorithm.fromLabel(algorithm), signerUnitCode, signedAt,
                        metadataDigest, files, value, parsed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a stored certificate does not parse", e);
            }
        }
    }
}
