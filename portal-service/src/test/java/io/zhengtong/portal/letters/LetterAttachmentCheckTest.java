package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import io.zhengtong.portal.letters.MailboxApi.AttachmentRules;
import io.zhengtong.portal.letters.MailboxApi.AttachmentType;

class LetterAttachmentCheckTest {

    /** A mailbox stricter than the defaults: two files of 1 MB, PDF or PNG only. */
    static final AttachmentRules STRICT = new AttachmentRules(2, 1024 * 1024, List.of(
            new AttachmentType("application/pdf", List.of("pdf"), "PDF"),
            new AttachmentType("image/png", List.of("png"), "PNG")));

    final LetterAttachmentCheck strict = new LetterAttachmentCheck(STRICT);
    final LetterAttachmentCheck usual = new LetterAttachmentCheck(MailboxAttachmentRules.FALLBACK);

    private static MultipartFile file(String name, int bytes) {
        return new MockMultipartFile("attachments", name, "application/octet-stream", new byte[bytes]);
    }

    @Test
    void theHintStatesTheMailboxsLimitsAndKinds() {
        assertThat(strict.hint()).isEqualTo("最多2个文件，每个不超过1MB，支持PDF、PNG格式。");
        assertThat(usual.hint()).isEqualTo("最多3个文件，每个不超过10MB，支持PDF、JPG、PNG、Word（DOCX）格式。");
    }

    @Test
    void theFilePickerOffersTheMailboxsExtensionsAndMediaTypes() {
        assertThat(strict.accept()).isEqualTo(".pdf,.png,application/pdf,image/png");
        assertThat(usual.accept()).isEqualTo(".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void filesWithinTheMailboxsRulesPassWithTheMediaTypeOfTheirKind() {
        LetterAttachmentCheck.Checked checked = strict.check(List.of(file("现场.PNG", 10), file("说明.pdf", 1024 * 1024)));

        assertThat(checked.passed()).isTrue();
        assertThat(checked.files()).extracting(AttachedFile::fileName, AttachedFile::contentType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("现场.PNG", "image/png"),
                    org.assertj.core.groups.Tuple.tuple("说明.pdf", "application/pdf"));
    }

    @Test
    void aKindTheMailboxDoesNotTakeIsRefusedNamingTheKindsItTakes() {
        LetterAttachmentCheck.Checked checked = strict.check(List.of(file("照片.jpg", 10)));

        assertThat(checked.passed()).isFalse();
        assertThat(checked.files()).isEmpty();
        assertThat(checked.problems()).containsExactly("附件“照片.jpg”的格式不支持，只能上传PDF或PNG文件。");
        assertThat(usual.check(List.of(file("照片.jpeg", 10))).passed()).isTrue();
    }

    @Test
    void oneFileMoreThanTheMailboxTakesIsRefused() {
        assertThat(strict.check(List.of(file("1.pdf", 1), file("2.pdf", 1), file("3.pdf", 1))).problems())
            .containsExactly("最多可上传2个附件，您选择了3个。");
        assertThat(usual.check(List.of(file("1.pdf", 1), file("2.pdf", 1), file("3.pdf", 1))).passed()).isTrue();
    }

    @Test
    void aFileOneByteOverTheMailboxsSizeIsRefusedWithTheLimitAndItsSize() {
        assertThat(strict.check(List.of(file("扫描件.pdf", 1024 * 1024 + 1))).problems())
            .containsExactly("附件“扫描件.pdf”超过1MB（1.0MB），请压缩或分开后再上传。");
    }

    @Test
    void anEmptyFileIsRefusedAndAnEmptyFileInputIsNoFile() {
        assertThat(strict.check(List.of(file("空.pdf", 0))).problems()).containsExactly("附件“空.pdf”是空文件。");
        assertThat(strict.check(List.of(new MockMultipartFile("attachments", "", null, new byte[0]))).files()).isEmpty();
        assertThat(strict.check(null).passed()).isTrue();
    }

    @Test
    void aLimitThatIsNotWholeMegabytesIsShownInKilobytes() {
        AttachmentRules half = new AttachmentRules(1, 512 * 1024, STRICT.types());

        assertThat(new LetterAttachmentCheck(half).hint()).startsWith("最多1个文件，每个不超过512KB，");
        assertThat(new LetterAttachmentCheck(half).check(List.of(file("a.pdf", 600 * 1024))).problems())
            .containsExactly("附件“a.pdf”超过512KB（0.6MB），请压缩或分开后再上传。");
    }
}
