package io.zhengtong.mailbox.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character 公民身份号码 of GB 11643-1999: a 6-digit address code, the birth date
 * (yyyyMMdd), a 3-digit sequence and a check character computed by ISO 7064 MOD 11-2 (weights
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the remainder of the weighted sum by 11 picks from
 * {@code 10X98765432}). 15-digit numbers were replaced in 2013 and are refused. The codes
 * 81/82/83 of the residence permits of Hong Kong, Macao and Taiwan residents share the format.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");

    private IdNumbers() {
    }

    /** The number without spaces, with an upper-case X. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase();
    }

    public static boolean isValid(String typed, LocalDate today) {
        return problem(typed, today).isEmpty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** What is wrong with the number, in Chinese, or empty if it is valid on {@code today}. */
    public static Optional<String> problem(String typed, LocalDate today) {
        String id = normalise(typed);
        if (id.isEmpty()) {
            return Optional.of("请填写公民身份号码。");
        }
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            return Optional.of("请填写18位公民身份号码（15位旧号码已停止使用）。");
        }
        if (id.length() != 18) {
            return Optional.of("公民身份号码应为18位，您填写了" + id.length() + "位。");
        }
        if (!id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')) {
            return Optional.of("公民身份号码前17位应为数字，最后一位为数字或字母X。");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of("公民身份号码的地址码有误。");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        }
        catch (DateTimeException e) {
            return Optional.of("公民身份号码中的出生日期有误。");
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Optional.of("公民身份号码中的出生日期有误。");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("公民身份号码校验位不符，请核对是否输错。");
        }
        return Optional.empty();
    }
}
