package io.zhengtong.exchange.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 (GB/T 9704-2012 7.2.4): 机关代字, the full year in hexagonal brackets 〔〕 (U+3014,
 * U+3015) and the sequence number followed by 号, e.g. {@code 凤政办〔2026〕12号}. The sequence has
 * no leading zeros (不编虚位) and no 第. Look-alike brackets ([] () （） 【】) are refused rather
 * than silently corrected, so a number is written one way only.
 */
public record DocumentNumber(String prefix, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(.+)〔(\\d{4})〕([1-9]\\d{0,5})号");
    private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,20}");
    private static final Pattern LOOK_ALIKE_BRACKETS = Pattern.compile("[\\[\\]()（）【】［］{}〈〉《》]");

    public DocumentNumber {
        prefix = Text.normalise(prefix);
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw InvalidDocumentMetadata.of("number", "发文机关代字“" + (prefix == null ? "" : prefix)
                    + "”无效：应为1至20个汉字、字母或数字，不含括号和空格。");
        }
        if (year < 1949 || year > 2999) {
            throw InvalidDocumentMetadata.of("number", "发文字号的年份应为四位公元年份，不能是 " + year + "。");
        }
        if (sequence < 1 || sequence > 999_999) {
            throw InvalidDocumentMetadata.of("number", "发文字号的序号应在 1 到 999999 之间。");
        }
    }

    /** Reads a number as printed; the message says exactly what is wrong. */
    public static DocumentNumber parse(String text) {
        String value = Text.normalise(text);
        if (value == null || value.isEmpty()) {
            throw InvalidDocumentMetadata.of("number", "发文字号不能为空。");
        }
        if (LOOK_ALIKE_BRACKETS.matcher(value).find()) {
            throw InvalidDocumentMetadata.of("number",
                    "发文字号“" + value + "”的年份应使用六角括号〔〕，如 凤政办〔2026〕12号。");
        }
        if (value.contains("第")) {
            throw InvalidDocumentMetadata.of("number", "发文字号的序号前不加“第”字，如 凤政办〔2026〕12号。");
        }
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            String hint = value.matches(".+〔\\d{4}〕0\\d*号") ? "序号不编虚位（不写前导零），" : "";
            throw InvalidDocumentMetadata.of("number",
                    "发文字号“" + value + "”格式不正确，" + hint + "应为“机关代字〔年份〕序号号”，如 凤政办〔2026〕12号。");
        }
        return new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    public String formatted() {
        return prefix + "〔" + year + "〕" + sequence + "号";
    }

    @Override
    public String toString() {
        return formatted();
    }
}
