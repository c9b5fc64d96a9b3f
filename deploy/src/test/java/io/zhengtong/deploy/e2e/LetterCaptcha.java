package io.zhengtong.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * The website letter form's captcha, answered as a reader who cannot see the image does: from its
 * question ("七加五等于几？" → 12).
 */
final class LetterCaptcha {

    private static final String NUMBERS = "零一二三四五六七八九十";
    private static final Pattern SUM = Pattern.compile("([零一二三四五六七八九十])([加减])([零一二三四五六七八九十])等于几？");

    private LetterCaptcha() {
    }

    /** The answer to the question, as digits. */
    static String answer(String question) {
        Matcher sum = SUM.matcher(question.strip());
        assertThat(sum.matches()).as("captcha question %s", question).isTrue();
        int a = NUMBERS.indexOf(sum.group(1));
        int b = NUMBERS.indexOf(sum.group(3));
        return Integer.toString("加".equals(sum.group(2)) ? a + b : a - b);
    }

    /** Reads the form's question and types its answer into the captcha field. */
    static void solve(Page page) {
        String question = page.locator("#captcha-question strong").textContent();
        page.getByLabel("请输入图片中的字符，或上面问题的答案").fill(answer(question));
    }
}
