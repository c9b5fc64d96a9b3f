package io.zhengtong.portal.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

import io.zhengtong.portal.letters.MailboxApi.AttachmentRules;
import io.zhengtong.portal.letters.MailboxApi.AttachmentType;

/**
 * The website's first look at the files attached to a letter: how many, how big, which kinds by
 * their names, so a citizen hears about an obvious mistake at once and in Chinese. The limits are
 * the mailbox's own ({@link MailboxAttachmentRules}); the mailbox checks again on submit and
 * decides the type from the content; its refusals are shown the same way. The same rules give
 * the form's hint and its file input's {@code accept}.
 */
final class LetterAttachmentCheck {

    static final String FIELD = "attachments";

    /** The files as parts to send, or the problems (field {@value #FIELD}), one sentence each. */
    record Checked(List<AttachedFile> files, List<String> problems) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    private final AttachmentRules rules;

    LetterAttachmentCheck(AttachmentRules rules) {
        this.rules = rules;
    }

    /** Shown under the file input: "最多3个文件，每个不超过10MB，支持PDF、JPG、PNG、Word（DOCX）格式。" */
    String hint() {
        return "最多" + rules.maxFiles() + "个文件，每个不超过" + size(rules.maxBytesPerFile()) + "，支持"
                + labels("、") + "格式。";
    }

    /** The file input's {@code accept}: the extensions and the media types, so every browser's picker offers them. */
    String accept() {
        return Stream.concat(rules.types().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e),
                rules.types().stream().map(AttachmentType::mediaType)).distinct().collect(Collectors.joining(","));
    }

    Checked check(List<MultipartFile> uploads) {
        // A form's empty file input still sends one part without a name or content.
        List<MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(f -> f != null && !(f.isEmpty() && blank(f.getOriginalFilename()))).toList();
        List<String> problems = new ArrayList<>();
        if (chosen.size() > rules.maxFiles()) {
            problems.add("最多可上传" + rules.maxFiles() + "个附件，您选择了" + chosen.size() + "个。");
            return new Checked(List.of(), problems);
        }
        List<AttachedFile> files = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            String name = shownName(upload.getOriginalFilename());
            AttachmentType type = typeOf(name);
            if (type == null) {
                problems.add("附件“" + name + "”的格式不支持，只能上传" + labelsOr() + "文件。");
            } else if (upload.getSize() > rules.maxBytesPerFile()) {
                problems.add("附件“" + name + "”超过" + size(rules.maxBytesPerFile()) + "（" + megabytes(upload.getSize())
                        + "），请压缩或分开后再上传。");
            } else if (upload.isEmpty()) {
                problems.add("附件“" + name + "”是空文件。");
            } else {
                files.add(new AttachedFile(FIELD, name, type.mediaType(), bytes(upload)));
            }
        }
        return new Checked(problems.isEmpty() ? files : List.of(), problems);
    }

    private AttachmentType typeOf(String name) {
        String extension = extension(name);
        return rules.types().stream().filter(t -> t.extensions().stream().anyMatch(extension::equalsIgnoreCase))
            .findFirst().orElse(null);
    }

    private String labels(String separator) {
        return rules.types().stream().map(AttachmentType::label).collect(Collectors.joining(separator));
    }

    /** "PDF、JPG、PNG或Word（DOCX）" */
    private String labelsOr() {
        List<String> labels = rules.types().stream().map(AttachmentType::label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
    }

    /** A limit as a citizen reads it: "10MB", "500KB". */
    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }

    /** The mailbox's refusals of single files ({@code attachments[i]}) folded into the one file field. */
    static Map<String, String> foldedFieldErrors(Map<String, String> errors) {
        Map<String, String> folded = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String key = field.startsWith(FIELD + "[") ? FIELD : field;
            folded.merge(key, message, (first, next) -> first + next);
        });
        return folded;
    }

    static String joined(List<String> problems) {
        return problems.stream().collect(Collectors.joining());
    }

    private static String shownName(String original) {
        if (blank(original)) {
            return "未命名文件";
        }
        // Browsers on some systems send the whole path: only the name matters, and at most 100 characters of it.
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1fMB", size / 1024.0 / 1024.0);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
