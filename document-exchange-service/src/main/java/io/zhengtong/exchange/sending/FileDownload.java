package io.zhengtong.exchange.sending;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's file, decrypted, for the sender or an addressed recipient to download. */
public record FileDownload(StoredFile file, byte[] content) {

    /** The HTTP answer: the stored media type, the original name (UTF-8) as an attachment. */
    public ResponseEntity<byte[]> asAttachment() {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
            .body(content);
    }
}
