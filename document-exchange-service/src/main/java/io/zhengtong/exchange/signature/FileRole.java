package io.zhengtong.exchange.signature;

/** A document's files: exactly one body (正文, PDF) and any number of attachments (附件), in order. */
public enum FileRole {

    BODY("body", "正文"),
    ATTACHMENT("attachment", "附件");

    private final String label;
    private final String displayName;

    FileRole(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    public String label() {
        return label;
    }

    public String displayName() {
        return displayName;
    }
}
