package io.zhengtong.exchange.encryption;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** A stored file that does not decrypt: altered on disk, the wrong key, or moved from another document. */
public class FileDecryptionFailed extends DomainRuleViolation {

    public FileDecryptionFailed(String message) {
        super(HttpStatus.CONFLICT, "file-integrity-failed", "文件完整性校验失败", message);
    }
}
