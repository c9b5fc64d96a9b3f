package io.zhengtong.exchange.document;

/**
 * 份号: the copy number of one delivered copy, printed as six Arabic digits (GB/T 9704-2012
 * 7.2.1), e.g. 000012. Given per recipient at dispatch, so it is not part of the signed metadata
 * that every copy shares.
 */
public record CopyNumber(int value) {

    public CopyNumber {
        if (value < 1 || value > 999_999) {
            throw InvalidDocumentMetadata.of("copyNumber", "份号必须在 1 到 999999 之间。");
        }
    }

    public static CopyNumber parse(String text) {
        String value = Text.normalise(text);
        if (value == null || !value.matches("\\d{6}")) {
            throw InvalidDocumentMetadata.of("copyNumber", "份号应为6位阿拉伯数字，如 000001。");
        }
        return new CopyNumber(Integer.parseInt(value));
    }

    public String formatted() {
        return "%06d".formatted(value);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
