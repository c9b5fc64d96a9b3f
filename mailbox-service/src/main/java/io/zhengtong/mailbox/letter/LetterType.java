package io.zhengtong.mailbox.letter;

/** The kind of letter a citizen writes; it decides the answering period (see DeadlinePolicy). */
public enum LetterType {

    CONSULTATION("咨询"),
    COMPLAINT("投诉"),
    SUGGESTION("建议"),
    REPORT("举报"),
    OTHER("其他");

    private final String label;

    LetterType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
