package io.zhengtong.mailbox.tracking;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The code a citizen types from paper to find their letter, e.g. {@code FX26-7K3M-9QPD}.
 *
 * <p>Twelve characters from a 31-character alphabet without look-alikes (no 0, O, 1, I, L): eleven
 * random ones (31^11, about 2.5·10^16 codes, so guessing is hopeless even before the password) and a
 * check character. The check makes the weighted sum {@code Σ (i+1)·value(c_i)} over all twelve
 * positions divisible by 31. Because 31 is prime and the weights 1..12 are distinct and below 31,
 * every single wrong character and every swap of two different characters (adjacent or not)
 * changes the sum modulo 31, so such typos are caught before any database lookup.
 *
 * <p>Parsing ignores case, spaces and hyphens. Stored and shown in the canonical grouped form.
 */
public record TrackingCode(String value) {

    /** The alphabet: digits 2-9 and A-Z without I, L, O. Its size, 31, is prime. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static final int LENGTH = 12;

    private static final int BASE = ALPHABET.length();

    public TrackingCode {
        Objects.requireNonNull(value, "value");
        String compact = value.replace("-", "");
        if (compact.length() != LENGTH || !isValid(compact) || !value.equals(group(compact))) {
            throw new IllegalArgumentException("not a canonical tracking code: " + value);
        }
    }

    /** A new random code. */
    public static TrackingCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        code.append(ALPHABET.charAt(checkValue(code)));
        return new TrackingCode(group(code.toString()));
    }

    /**
     * The code as a citizen typed it: any case, with or without spaces and hyphens.
     *
     * @throws DomainRuleViolation (422) saying in Chinese what is wrong
     */
    public static TrackingCode parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw invalid("tracking-code-missing", "请输入查询码。");
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        for (char c : typed.toCharArray()) {
            if (c == '-' || c == '－' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if ("0O1IL".indexOf(upper) >= 0) {
                throw invalid("tracking-code-lookalike",
                        "查询码中没有字母O、I、L和数字0、1，请对照回执重新输入（「" + c + "」）。");
            }
            if (ALPHABET.indexOf(upper) < 0) {
                throw invalid("tracking-code-character", "查询码只含数字2-9和大写字母，不能含「" + c + "」。");
            }
            compact.append(upper);
        }
        if (compact.length() != LENGTH) {
            throw invalid("tracking-code-length", "查询码应为" + LENGTH + "位，您输入了" + compact.length() + "位。");
        }
        if (!isValid(compact)) {
            throw invalid("tracking-code-check", "查询码有误（校验位不符），请检查是否输错或颠倒了字符。");
        }
        return new TrackingCode(group(compact.toString()));
    }

    /** Whether the text is a well-formed code, without saying why not. */
    public static boolean isWellFormed(String typed) {
        try {
            parse(typed);
            return true;
        }
        catch (DomainRuleViolation e) {
            return false;
        }
    }

    /** The twelve characters without hyphens, as stored in an index. */
    public String compact() {
        return value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isValid(CharSequence compact) {
        int sum = 0;
        for (int i = 0; i < compact.length(); i++) {
            int v = ALPHABET.indexOf(compact.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += (i + 1) * v;
        }
        return sum % BASE == 0;
    }

    // The value c at position 12 with (Σ_{i<11} (i+1)·v_i + 12·c) ≡ 0 (mod 31); 12·13 ≡ 1, so 13 is 12's inverse.
    private static int checkValue(CharSequence first11) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (i + 1) * ALPHABET.indexOf(first11.charAt(i));
        }
        return Math.floorMod(-sum * 13, BASE);
    }

    private static String group(String compact) {
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12);
    }

    private static DomainRuleViolation invalid(String code, String message) {
        return DomainRuleViolation.unprocessable(code, "查询码有误", message);
    }
}
