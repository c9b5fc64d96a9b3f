package io.zhengtong.exchange.document;

/** 紧急程度: 特急, 加急 or none. Order matters: inboxes show the most urgent first. */
public enum Urgency {

    EXTRA_URGENT("特急"),
    URGENT("加急"),
    NORMAL("");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    /** The marking as printed; empty for a normal document. */
    public String label() {
        return label;
    }

    public static Urgency parse(String marking) {
        String value = Text.normalise(marking);
        if (value == null || value.isEmpty() || value.equals("无") || value.equals("一般") || value.equals("平件")) {
            return NORMAL;
        }
        for (Urgency urgency : values()) {
            if (urgency != NORMAL && urgency.label.equals(value)) {
                return urgency;
            }
        }
        throw InvalidDocumentMetadata.of("urgency", "紧急程度只能是“特急”“加急”或不标注，不能是“" + value + "”。");
    }
}
