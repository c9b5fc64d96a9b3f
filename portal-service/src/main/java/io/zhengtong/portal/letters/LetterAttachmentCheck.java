package io.zhengtong.portal.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.multipart.MultipartFile;

/**
 * The website's first look at the files attached to a letter: how many, how big, which kinds by
 * their names, so a citizen hears about an obvious mistake at once and in Chinese. The mailbox
 * service checks again and decides the type from the content; its refusals are shown the same way.
 * The limits are the mailbox's (its README: 3 files of 10 MB, PDF/JPG/PNG/DOCX).
 */
final class LetterAttachmentCheck {

    static final String FIELD = "attachments";
    static final int MAX_FILES = 3;
    static final long MAX_FILE_SIZE = 10L * 1024 * 1024;
    static final String HINT = "最多3个文件，每个不超过10MB，支持PDF、JPG、PNG、DOCX格式（Word文档请另存为DOCX）。";

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The files as parts to send, or the problems (field {@value #FIELD}), one sentence each. */
    record Checked(List<AttachedFile> files, List<String> problems) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    private LetterAttachmentCheck() {
    }

    static Checked check(List<MultipartFile> uploads) {
        // A form's empty file input still sends one part without a name or content.
        List<MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(f -> f != null && !(f.isEmpty() && blank(f.getOriginalFilename()))).toList();
        List<String> problems = new ArrayList<>();
        if (chosen.size() > MAX_FILES) {
            problems.add("最多可上传" + MAX_FILES + "个附件，您选择了" + chosen.size() + "个。");
            return new Checked(List.of(), problems);
        }
        List<AttachedFile> files = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            String name = shownName(upload.getOriginalFilename());
            String type = TYPES_BY_EXTENSION.get(extension(name));
            if (type == null) {
                problems.add("附件“" + name + "”的格式不支持，只能上传PDF、JPG、PNG或DOCX文件。");
            } else if (upload.getSize() > MAX_FILE_SIZE) {
                problems.add("附件“" + name + "”超过10MB（" + megabytes(upload.getSize()) + "），请压缩或分开后再上传。");
            } else if (upload.isEmpty()) {
                problems.add("附件“" + name + "”是空文件。");
            } else {
                files.add(new AttachedFile(FIELD, name, type, bytes(upload)));
            }
        }
        return new Checked(problems.isEmpty() ? files : List.of(), problems);
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
