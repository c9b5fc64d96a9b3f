package io.zhengtong.mailbox.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileSnifferTest {

    @Test
    void aPdfAPhotoAScreenshotAndAWordDocumentAreRecognisedByTheirContent() {
        assertThat(FileSniffer.sniff(SampleFiles.pdf())).contains(FileType.PDF);
        assertThat(FileSniffer.sniff(SampleFiles.jpeg())).contains(FileType.JPEG);
        assertThat(FileSniffer.sniff(SampleFiles.png())).contains(FileType.PNG);
        assertThat(FileSniffer.sniff(SampleFiles.docx())).contains(FileType.DOCX);
    }

    @Test
    void aWordDocumentWithMacrosIsRefused() {
        assertThat(FileSniffer.sniff(SampleFiles.docm())).isEmpty();
    }

    @Test
    void anyOtherZipIsRefused() {
        assertThat(FileSniffer.sniff(SampleFiles.plainZip())).isEmpty();
    }

    @Test
    void aWebPageOrAProgramIsRefusedWhateverItIsCalled() {
        assertThat(FileSniffer.sniff(SampleFiles.html())).isEmpty();
        assertThat(FileSniffer.sniff(SampleFiles.windowsProgram())).isEmpty();
        assertThat(FileSniffer.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileSniffer.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aDamagedZipIsRefusedRatherThanBreakingTheCheck() {
        byte[] docx = SampleFiles.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 30);
        assertThat(FileSniffer.sniff(truncated)).isEmpty();
        byte[] garbage = SampleFiles.sized(new byte[] { 'P', 'K', 3, 4 }, 4096);
        assertThat(FileSniffer.sniff(garbage)).isEmpty();
    }

    @Test
    void onlyTheContentTypesPartIsInflatedSoAZipBombCostsNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[1 << 20]);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(SampleFiles.WORD_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] docx = bytes.toByteArray();
        // Ruin the deflated data of word/document.xml (after its 30-byte header and 17-byte name):
        // a sniffer that inflated it (as a bomb would make it do, for gigabytes) would fail here.
        java.util.Arrays.fill(docx, 47, 60, (byte) 0xFF);
        assertThatThrownBy(() -> {
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                in.getNextEntry();
                in.readAllBytes();
            }
        }).as("the document part really is damaged").isInstanceOf(java.util.zip.ZipException.class);

        assertThat(FileSniffer.sniff(docx)).contains(FileType.DOCX);
    }

    @Test
    void anOversizedContentTypesPartIsRefused() {
        String huge = SampleFiles.WORD_TYPES + "<!--" + " ".repeat(300 * 1024) + "-->";
        assertThat(FileSniffer.sniff(SampleFiles.zip(java.util.Map.of("[Content_Types].xml", huge, "word/document.xml",
                SampleFiles.DOCUMENT)))).isEmpty();
    }
}
