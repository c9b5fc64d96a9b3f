package io.zhengtong.mailbox.attachment;

import java.util.List;

/** The kinds of file a citizen may attach: documents and photos that cannot carry scripts or macros. */
public enum FileType {

    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word（DOCX）", "docx");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a stored file is given when its name has none of {@link #extensions()}. */
    public String extension() {
        return extensions.get(0);
    }

    /** The names such a file usually ends with, lower case, without the dot (JPEG: jpg and jpeg). */
    public List<String> extensions() {
        return extensions;
    }

    public String label() {
        return label;
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an attachment type: " + mediaType);
    }
}
