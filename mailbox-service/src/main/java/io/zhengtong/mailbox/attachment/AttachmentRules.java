package io.zhengtong.mailbox.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a citizen may attach to a letter ({@code zhengtong.mailbox.attachments}). The
 * servlet's multipart limits ({@code spring.servlet.multipart.*}) must stay above these, so that
 * a file just over the limit gets the Chinese field error rather than a bare 413.
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

    /** The size as a citizen reads it: "10MB", "500KB". */
    String maxFileSizeText() {
        long bytes = maxFileSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }
}
