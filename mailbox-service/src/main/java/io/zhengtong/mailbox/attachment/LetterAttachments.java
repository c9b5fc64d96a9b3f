package io.zhengtong.mailbox.attachment;

import io.zhengtong.mailbox.store.PersonalDataCipher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The attachments table: content encrypted ({@link AttachmentCipher}), the citizen's file name
 * encrypted like their contact (it may name them: "张三身份证.jpg"), type and size in clear for lists.
 * Callers run inside their use case's transaction.
 */
@Component
public class LetterAttachments {

    /** What a list shows about an attachment. */
    public record Listed(int position, String fileName, FileType type, long size, String sha256, Instant uploadedAt) {
    }

    private final JdbcTemplate jdbc;
    private final AttachmentCipher cipher;
    private final PersonalDataCipher names;

    LetterAttachments(JdbcTemplate jdbc, AttachmentCipher cipher, PersonalDataCipher names) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.names = names;
    }

    void add(String letterId, CheckedAttachment file, Instant at) {
        jdbc.update("""
                insert into letter_attachment (letter_id, position, file_name_enc, media_type, size_bytes, sha256, content_enc,
                    uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                letterId, file.position(), names.encrypt(file.fileName()), file.type().mediaType(), file.content().length,
                sha256(file.content()), cipher.encrypt(letterId, file.position(), file.content()), Timestamp.from(at));
    }

    public List<Listed> of(String letterId) {
        return jdbc.query("""
                select position, file_name_enc, media_type, size_bytes, sha256, uploaded_at
                from letter_attachment where letter_id = ? order by position""",
                (rs, row) -> new Listed(rs.getInt(1), names.decrypt(rs.getString(2)), FileType.ofMediaType(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()),
                letterId);
    }

    /** The decrypted file, or empty when the letter has no such attachment. */
    public Optional<Content> content(String letterId, int position) {
        return jdbc.query("""
                select file_name_enc, media_type, content_enc from letter_attachment where letter_id = ? and position = ?""",
                (rs, row) -> new Content(names.decrypt(rs.getString(1)), FileType.ofMediaType(rs.getString(2)),
                        cipher.decrypt(letterId, position, rs.getBytes(3))),
                letterId, position).stream().findFirst();
    }

    public record Content(String fileName, FileType type, byte[] bytes) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
