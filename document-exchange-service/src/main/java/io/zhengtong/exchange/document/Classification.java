package io.zhengtong.exchange.document;

/**
 * 密级. Only non-classified documents may enter the system, so there is a single value; parsing
 * a classified marking (秘密, 机密, 绝密, also with a 保密期限 such as “秘密★1年”) is refused.
 */
public enum Classification {

    NON_CLASSIFIED("非密");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the marking on a document: empty or 非密 is accepted, classified markings are refused. */
    public static Classification parse(String marking) {
        String value = Text.normalise(marking);
        if (value == null || value.isEmpty() || value.equals("非密") || value.equals("无")) {
            return NON_CLASSIFIED;
        }
        for (String classified : new String[] {"绝密", "机密", "秘密"}) {
            if (value.contains(classified)) {
                throw new ClassifiedDocumentRefused(value);
            }
        }
        throw InvalidDocumentMetadata.of("classification", "密级“" + value + "”无法识别，非密公文请不标密级或标注“非密”。");
    }
}
