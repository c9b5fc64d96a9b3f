package io.zhengtong.mailbox.attachment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a letter's files before anything is saved: how many, how large, and what they really are
 * (sniffed from the content). Every problem is named with its file, in Chinese, as a field error
 * on {@code attachments}. The name is kept only for display and download, cleaned of paths and
 * control characters, and given the extension of the type found.
 */
public final class AttachmentCheck {

    static final String FIELD = "attachments";
    private static final int NAME_LIMIT = 100;

    private final AttachmentRules rules;

    public AttachmentCheck(AttachmentRules rules) {
        this.rules = rules;
    }

    public List<CheckedAttachment> check(List<Upload> uploads) {
        List<AttachmentRejected.Problem> problems = new ArrayList<>();
        if (uploads.size() > rules.maxFiles()) {
            problems.add(new AttachmentRejected.Problem(FIELD, "最多可上传" + rules.maxFiles() + "个附件，您选择了" + uploads.size() + "个。"));
        }
        List<CheckedAttachment> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String shown = displayName(upload.fileName());
            String field = FIELD + "[" + i + "]";
            if (upload.content().length == 0) {
                problems.add(new AttachmentRejected.Problem(field, "附件“" + shown + "”是空文件。"));
                continue;
            }
            if (upload.content().length > rules.maxFileSize().toBytes()) {
                problems.add(new AttachmentRejected.Problem(field,
                        "附件“" + shown + "”超过" + rules.maxFileSizeText() + "，请压缩或分开后再上传。"));
                continue;
            }
            var type = FileSniffer.sniff(upload.content());
            if (type.isEmpty()) {
                problems.add(new AttachmentRejected.Problem(field,
                        "附件“" + shown + "”不是" + rules.typesText() + "文件，无法上传。"));
                continue;
            }
            checked.add(new CheckedAttachment(i + 1, storedName(shown, type.get()), type.get(), upload.content()));
        }
        if (!problems.isEmpty()) {
            throw new AttachmentRejected(problems);
        }
        return checked;
    }

    /** The file name without any path, control or bidi characters, at most 100 characters. */
    static String displayName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:|?*]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "附件";
        }
        return name.codePointCount(0, name.length()) > NAME_LIMIT
                ? name.substring(0, name.offsetByCodePoints(0, NAME_LIMIT)) : name;
    }

    /** The name with the sniffed type's extension: a PNG called "photo.exe" is downloaded as "photo.exe.png". */
    static String storedName(String shown, FileType type) {
        String lower = shown.toLowerCase(Locale.ROOT);
        boolean matches = type.extensions().stream().anyMatch(extension -> lower.endsWith("." + extension));
        return matches ? shown : shown + "." + type.extension();
    }
}
