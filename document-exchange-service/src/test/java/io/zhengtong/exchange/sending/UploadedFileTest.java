package io.zhengtong.exchange.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.signature.FileRole;
import io.zhengtong.platform.problem.DomainRuleViolation;

class UploadedFileTest {

    @Test
    void theBodyIsRecognisedAsPdfByItsFirstBytesNotItsName() {
        assertThat(new UploadedFile("正文.txt", "%PDF-1.7 ...".getBytes()).checkedMediaType(FileRole.BODY, "body"))
            .isEqualTo("application/pdf");
        assertThatThrownBy(() -> new UploadedFile("正文.pdf", "PK\u0003\u0004".getBytes()).checkedMediaType(FileRole.BODY, "body"))
            .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("不是PDF");
    }

    @Test
    void anAttachmentMayBeAnOfdOrOfficeFileButNotAnExecutable() {
        assertThat(new UploadedFile("附件.ofd", "PK\u0003\u0004...".getBytes()).checkedMediaType(FileRole.ATTACHMENT, "a"))
            .isEqualTo("application/zip");
        assertThatThrownBy(() -> new UploadedFile("附件.pdf", "MZ\u0090\u0000".getBytes()).checkedMediaType(FileRole.ATTACHMENT, "a"))
            .hasMessageContaining("只能是");
    }

    @Test
    void aFileOverTenMegabytesOrWithAPathInItsNameIsRefused() {
        byte[] big = new byte[UploadedFile.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> new UploadedFile("正文.pdf", big).checkedMediaType(FileRole.BODY, "body"))
            .hasMessageContaining("10MB");
        assertThatThrownBy(() -> new UploadedFile("../正文.pdf", "%PDF-".getBytes()).checkedMediaType(FileRole.BODY, "body"))
            .hasMessageContaining("文件名");
    }
}
