package io.zhengtong.mailbox.attachment;

/** The kinds of file a citizen may attach: documents and photos that cannot carry scripts or macros. */
public enum FileType {

    PDF("application/pdf", "pdf", "PDF"),
    JPEG("image/jpeg", "jpg", "JPG"),
    PNG("image/png", "png", "PNG"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word（DOCX）");

    private final String mediaType;
    private final String extension;
    private final String label;

    FileType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
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
