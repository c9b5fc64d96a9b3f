package io.zhengtong.exchange.sending;

import java.util.Arrays;

import io.zhengtong.exchange.document.Text;
import io.zhengtong.exchange.signature.FileRole;
import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * A file as uploaded (Base64 in JSON), checked by its bytes rather than its name: the body must
 * be a PDF (starts with {@code %PDF-}); an attachment may be a PDF, an OFD or Office file (ZIP),
 * a JPEG or a PNG.
 */
public record UploadedFile(String name, byte[] content) {

    /** Each file; a Base64 string of this size still fits Jackson's default string limit. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_TOTAL_BYTES = 30 * 1024 * 1024;
    public static final int MAX_ATTACHMENTS = 10;

    /** The media type sniffed from the content, or a 422 naming the file. */
    public String checkedMediaType(FileRole role, String field) {
        String shown = Text.normalise(name);
        if (shown == null || shown.isEmpty() || shown.length() > 200 || shown.contains("/") || shown.contains("\\")) {
            throw DomainRuleViolation.unprocessable("invalid-file-name", "文件名不符合要求",
                    field + "：文件名不能为空、不能超过200个字符，也不能含有“/”或“\\”。");
        }
        if (content == null || content.length == 0) {
            throw DomainRuleViolation.unprocessable("empty-file", "文件为空", field + "：文件“" + shown + "”没有内容。");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw DomainRuleViolation.unprocessable("file-too-large", "文件过大",
                    field + "：文件“" + shown + "”超过10MB。");
        }
        String type = sniff(content);
        if (role == FileRole.BODY && !"application/pdf".equals(type)) {
            throw DomainRuleViolation.unprocessable("body-not-pdf", "正文须为PDF文件",
                    "正文“" + shown + "”不是PDF文件（内容须以 %PDF- 开头）。");
        }
        if (type == null) {
            throw DomainRuleViolation.unprocessable("file-type-not-allowed", "附件类型不允许",
                    field + "：附件“" + shown + "”只能是PDF、OFD、Office文档、JPEG或PNG。");
        }
        return type;
    }

    private static String sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes())) {
            return "application/pdf";
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return "application/zip"; // OFD, docx, xlsx
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
