package io.zhengtong.mailbox.duplicate;

/** Why two letters look like the same matter. */
public enum DuplicateReason {

    SAME_PHONE("同一联系电话"),
    SAME_EMAIL("同一电子邮箱"),
    SAME_TEXT("标题和内容相同");

    private final String label;

    DuplicateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
