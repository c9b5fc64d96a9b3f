package io.zhengtong.exchange.document;

/** 公开方式 (GB/T 9704 and the disclosure regulations): decides whether the disclosure catalogue announces it. */
public enum DisclosureMode {

    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_DISCLOSED("不予公开");

    private final String label;

    DisclosureMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DisclosureMode parse(String marking) {
        String value = Text.normalise(marking);
        for (DisclosureMode mode : values()) {
            if (mode.label.equals(value)) {
                return mode;
            }
        }
        throw InvalidDocumentMetadata.of("disclosure",
                value == null || value.isEmpty() ? "请选择公开方式：主动公开、依申请公开或不予公开。"
                        : "公开方式只能是主动公开、依申请公开或不予公开，不能是“" + value + "”。");
    }
}
