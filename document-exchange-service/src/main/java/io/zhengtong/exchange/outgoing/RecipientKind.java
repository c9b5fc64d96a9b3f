package io.zhengtong.exchange.outgoing;

/** 主送 or 抄送: both get their own delivery, the board shows which is which. */
public enum RecipientKind {

    MAIN("主送"),
    COPY("抄送");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
