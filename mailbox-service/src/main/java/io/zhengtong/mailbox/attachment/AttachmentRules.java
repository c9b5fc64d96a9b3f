package io.zhengtong.mailbox.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a citizen may attach to a letter ({@code zhengtong.mailbox.attachments}). The
 * servlet's multipart limits ({@code spring.servlet.multipart.*}) must stay above these, so that
 * a file just over the limit gets the Chinese field error rather than a bare 413. The website
 * reads these same rules from {@code GET /api/mailbox/public/attachment-rules} for its first check
 * and the form's hint, so they are stated here only.
 *
 * @param maxFiles how many files one letter may carry
 * @param maxFileSize the largest file
 */
@ConfigurationProperties("zhengtong.mailbox.attachments")
public record AttachmentRules(Integer maxFiles, DataSize maxFileSize) {

    public AttachmentRules {
        maxFiles = maxFiles == null ? 3 : maxFiles;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    }

    /** The kinds accepted: every kind the content check recognises ({@link FileSniffer}). */
    public List<FileType> types() {
        return List.of(FileType.values());
    }

    /** The kinds as a citizen reads them: "PDF、JPG、PNG或Word（DOCX）". */
    String typesText() {
        List<String> labels = types().stream().map(FileType::label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
    }

    /** The size as a citizen reads it: "10MB", "500KB". */
    String maxFileSizeText() {
        long bytes = maxFileSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }
}
