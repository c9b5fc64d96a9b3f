package io.zhengtong.mailbox.captcha;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What a captcha asks: characters to read off an image, and, for readers who cannot see it, a
 * small sum in Chinese words ("七加五等于几？"). Either answer passes. Plain Java, no storage.
 *
 * @param imageText the characters the image shows (no look-alikes such as 0/O, 1/I)
 * @param question the sum as a screen reader reads it
 * @param questionAnswer the sum's result in digits
 */
public record CaptchaChallenge(String imageText, String question, String questionAnswer) {

    /** Letters and digits that cannot be taken for one another when handwritten or blurred. */
    static final String IMAGE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int IMAGE_LENGTH = 4;
    private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

    public static CaptchaChallenge generate(RandomGenerator random) {
        StringBuilder text = new StringBuilder(IMAGE_LENGTH);
        for (int i = 0; i < IMAGE_LENGTH; i++) {
            text.append(IMAGE_ALPHABET.charAt(random.nextInt(IMAGE_ALPHABET.length())));
        }
        int a = random.nextInt(2, 10);
        int b = random.nextInt(1, 10);
        boolean add = random.nextBoolean() || b > a;
        String question = DIGITS[a] + (add ? "加" : "减") + DIGITS[b] + "等于几？";
        return new CaptchaChallenge(text.toString(), question, Integer.toString(add ? a + b : a - b));
    }

    /** Whether what the citizen typed answers the image or the question (case, blanks and full-width digits forgiven). */
    public boolean isAnsweredBy(String typed) {
        return matches(imageText, questionAnswer, typed);
    }

    static boolean matches(String imageText, String questionAnswer, String typed) {
        String answer = normalise(typed);
        return !answer.isEmpty() && (answer.equals(imageText) || answer.equals(questionAnswer)
                || answer.equals(inChineseWords(questionAnswer)));
    }

    /** Upper case, no blanks, full-width letters and digits (typed with a Chinese input method) made half-width. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (!Character.isWhitespace(c) && c != 0x3000) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** 0..18 as a Chinese reader writes it: 七, 十, 十二. */
    static String inChineseWords(String digits) {
        int n = Integer.parseInt(digits);
        if (n <= 10) {
            return DIGITS[n];
        }
        return "十" + DIGITS[n - 10];
    }
}
