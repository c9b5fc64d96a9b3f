package io.zhengtong.mailbox.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentCheckTest {

    final AttachmentCheck check = new AttachmentCheck(new AttachmentRules(3, DataSize.ofKilobytes(100)));

    @Test
    void upToThreeAllowedFilesPassNumberedInOrderWithTheirSniffedType() {
        List<CheckedAttachment> checked = check.check(List.of(new Upload("现场照片.jpg", SampleFiles.jpeg()),
                new Upload("情况说明.docx", SampleFiles.docx()), new Upload("截图.PNG", SampleFiles.png())));

        assertThat(checked).extracting(CheckedAttachment::position, CheckedAttachment::fileName, CheckedAttachment::type)
            .containsExactly(tuple(1, "现场照片.jpg", FileType.JPEG), tuple(2, "情况说明.docx", FileType.DOCX),
                    tuple(3, "截图.PNG", FileType.PNG));
    }

    @Test
    void noFilesAtAllIsFine() {
        assertThat(check.check(List.of())).isEmpty();
    }

    @Test
    void aFourthFileIsRefused() {
        Upload pdf = new Upload("a.pdf", SampleFiles.pdf());
        assertThatThrownBy(() -> check.check(List.of(pdf, pdf, pdf, pdf))).isInstanceOfSatisfying(AttachmentRejected.class,
                rejected -> assertThat(rejected.problems()).extracting(AttachmentRejected.Problem::field,
                        AttachmentRejected.Problem::message).containsExactly(tuple("attachments", "最多可上传3个附件，您选择了4个。")));
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheFileAndTheLimit() {
        Upload big = new Upload("扫描件.pdf", SampleFiles.sized(SampleFiles.pdf(), 100 * 1024 + 1));
        assertThatThrownBy(() -> check.check(List.of(new Upload("ok.pdf", SampleFiles.pdf()), big)))
            .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> assertThat(rejected.problems())
                .extracting(AttachmentRejected.Problem::field, AttachmentRejected.Problem::message)
                .containsExactly(tuple("attachments[1]", "附件“扫描件.pdf”超过100KB，请压缩或分开后再上传。")));
    }

    @Test
    void aProgramNamedLikeAPdfIsRefusedBecauseOfWhatItIs() {
        assertThatThrownBy(() -> check.check(List.of(new Upload("发票.pdf", SampleFiles.windowsProgram()))))
            .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> assertThat(rejected.problems().get(0).message())
                .isEqualTo("附件“发票.pdf”不是PDF、JPG、PNG或Word（DOCX）文件，无法上传。"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> check.check(List.of(new Upload("空.pdf", new byte[0]))))
            .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> assertThat(rejected.problems().get(0).message())
                .isEqualTo("附件“空.pdf”是空文件。"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> check.check(List.of(new Upload("a.html", SampleFiles.html()), new Upload("b.pdf", SampleFiles.pdf()),
                new Upload("c.zip", SampleFiles.plainZip()))))
            .isInstanceOfSatisfying(AttachmentRejected.class, rejected -> assertThat(rejected.problems())
                .extracting(AttachmentRejected.Problem::field).containsExactly("attachments[0]", "attachments[2]"));
    }

    @Test
    void aFileIsDownloadedWithTheExtensionOfWhatItReallyIs() {
        assertThat(check.check(List.of(new Upload("照片.exe", SampleFiles.png()))).get(0).fileName()).isEqualTo("照片.exe.png");
        assertThat(check.check(List.of(new Upload("photo.JPEG", SampleFiles.jpeg()))).get(0).fileName()).isEqualTo("photo.JPEG");
    }

    @Test
    void aFileNameLosesPathsAndControlCharacters() {
        assertThat(AttachmentCheck.displayName("C:\\Users\\张三\\证明.pdf")).isEqualTo("证明.pdf");
        assertThat(AttachmentCheck.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentCheck.displayName("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
        assertThat(AttachmentCheck.displayName("a\"<b>.pdf")).isEqualTo("ab.pdf");
        assertThat(AttachmentCheck.displayName(null)).isEqualTo("附件");
        assertThat(AttachmentCheck.displayName("..")).isEqualTo("附件");
        assertThat(AttachmentCheck.displayName("长".repeat(150))).hasSize(100);
    }
}
