package io.zhengtong.mailbox.privacy;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits, 1 then 3-9; a +86 / 0086 / 86 prefix, spaces and hyphens are tolerated. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    /** The 11 digits of a mobile number as typed, or the input without separators if it is none. */
    public static String normaliseMobile(String typed) {
        String digits = typed.strip().replaceAll("[\\s\\-()（）]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits;
    }

    public static boolean isMobile(String normalised) {
        return MOBILE.matcher(normalised).matches();
    }

    /** What is wrong with a mobile number, in Chinese, or empty if it is a valid one. */
    public static Optional<String> problemWithMobile(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("请填写手机号码。");
        }
        String digits = normaliseMobile(typed);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.of("手机号码只能包含数字。");
        }
        if (digits.startsWith("0")) {
            return Optional.of("这是固定电话号码，请填写手机号码。");
        }
        if (digits.length() != 11) {
            return Optional.of("手机号码应为11位数字，您填写了" + digits.length() + "位。");
        }
        if (!isMobile(digits)) {
            return Optional.of("手机号码应以13至19开头。");
        }
        return Optional.empty();
    }
}
