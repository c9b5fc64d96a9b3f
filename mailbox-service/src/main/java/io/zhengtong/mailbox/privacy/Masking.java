package io.zhengtong.mailbox.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data looks in lists and on public pages (选登). Masks have a fixed length where the
 * length itself would say something (names), and keep just enough for a clerk to match what a
 * caller says on the phone:
 * <ul>
 * <li>name: the family name and {@code **} whatever the given name's length — 张三 and 张三丰 are
 *     both {@code 张**}, 欧阳修 is {@code 欧阳**}; a one-character name is {@code *}; other scripts
 *     keep the first letter ({@code J**});</li>
 * <li>mobile: first 3 and last 4 digits, {@code 138****1234};</li>
 * <li>landline: the area code and the last 4 digits, {@code 0917-****2345};</li>
 * <li>ID number (18-digit 公民身份号码): the first and the last character only,
 *     {@code 6****************X}. The first six digits are the place of registration: in a county
 *     mailbox most writers share them, and with the masked name they narrow a person down; the
 *     birth date in the middle is the most sensitive part. Public pages should not show ID numbers
 *     at all; this mask is for staff lists;</li>
 * <li>e-mail: the first character of the local part, {@code z***@example.com}.</li>
 * </ul>
 * Masking is for display only: the stored values are encrypted at rest by the persistence layer.
 */
public final class Masking {

    /** Two-character family names (复姓) that must be kept whole. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "澹台",
            "公冶", "申屠", "太史", "钟离", "闻人", "赫连", "万俟", "百里", "东郭", "左丘", "第五", "梁丘", "拓跋", "淳于",
            "单于", "濮阳", "宗政", "仲孙", "叔孙", "公羊", "谷梁", "漆雕", "乐正", "壤驷", "公西", "巫马", "亓官", "司寇",
            "子车", "颛孙", "段干", "羊舌", "微生", "南门", "东门", "佘佴", "闾丘", "公良", "夹谷", "宰父");

    private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int[] codePoints = trimmed.codePoints().toArray();
        if (!isHan(codePoints[0])) {
            return new String(codePoints, 0, 1) + "**";
        }
        if (codePoints.length == 1) {
            return "*";
        }
        // A minority name such as 阿依古丽·买买提 has no family name in front: keep its first character.
        if (codePoints.length > 2 && COMPOUND_SURNAMES.contains(new String(codePoints, 0, 2))) {
            return new String(codePoints, 0, 2) + "**";
        }
        return new String(codePoints, 0, 1) + "**";
    }

    /** A mainland mobile number as {@code 138****1234}; anything else is masked as a landline or generally. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String mobile = PhoneNumbers.normaliseMobile(phone);
        if (PhoneNumbers.isMobile(mobile)) {
            return mobile.substring(0, 3) + "****" + mobile.substring(7);
        }
        return landline(phone);
    }

    /** A fixed-line number: area code kept, local number masked but its last 4 digits. */
    public static String landline(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.strip();
        int extension = digits.indexOf('转');
        if (extension >= 0) {
            digits = digits.substring(0, extension);
        }
        digits = digits.replaceAll("\\D", "");
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        String area = "";
        if (digits.startsWith("0") && digits.length() >= 10) {
            int areaLength = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
            area = digits.substring(0, areaLength) + "-";
            digits = digits.substring(areaLength);
        }
        return area + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /** An ID number as its first and last character with 16 stars between; other lengths keep only stars. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String compact = id.replaceAll("\\s", "").toUpperCase();
        if (compact.length() < 8) {
            return "*".repeat(compact.length());
        }
        return compact.charAt(0) + "*".repeat(compact.length() - 2) + compact.charAt(compact.length() - 1);
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return trimmed.charAt(0) + "***";
        }
        return trimmed.charAt(0) + "***" + trimmed.substring(at);
    }

    /**
     * Free text (a letter's body before 选登) with the ID numbers, mobile numbers and e-mail
     * addresses a citizen wrote into it masked. Names in free text cannot be found reliably: an
     * editor still reads every letter before publication.
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String masked = replace(ID_IN_TEXT, text, Masking::idNumber);
        masked = replace(MOBILE_IN_TEXT, masked, m -> phone(m));
        return replace(EMAIL_IN_TEXT, masked, Masking::email);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
