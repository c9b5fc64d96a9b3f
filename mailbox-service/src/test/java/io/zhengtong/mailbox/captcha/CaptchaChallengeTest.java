package io.zhengtong.mailbox.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaptchaChallengeTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static final CaptchaChallenge SEVEN_PLUS_FIVE = new CaptchaChallenge("K7PM", "七加五等于几？", "12");

    @Test
    void theSumIsAnsweredInDigitsInChineseWordsOrWithFullWidthDigits() {
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("12")).isTrue();
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy(" 十二 ")).isTrue();
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("１２")).isTrue();
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("13")).isFalse();
    }

    @Test
    void theImagesCharactersMayBeTypedInLowerCaseWithSpaces() {
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("k7 pm")).isTrue();
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("K7P")).isFalse();
    }

    @Test
    void nothingTypedAnswersNothing() {
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy(null)).isFalse();
        assertThat(SEVEN_PLUS_FIVE.isAnsweredBy("  ")).isFalse();
    }

    @Test
    void everyGeneratedQuestionHasTheAnswerItClaimsAndNeverANegativeOne() {
        SplittableRandom random = new SplittableRandom(7);
        String numbers = "零一二三四五六七八九十";
        for (int i = 0; i < 2000; i++) {
            CaptchaChallenge challenge = CaptchaChallenge.generate(random);
            String q = challenge.question();
            int a = numbers.indexOf(q.charAt(0));
            int b = numbers.indexOf(q.charAt(2));
            int expected = q.charAt(1) == '加' ? a + b : a - b;
            assertThat(q).endsWith("等于几？");
            assertThat(challenge.questionAnswer()).isEqualTo(Integer.toString(expected));
            assertThat(expected).isNotNegative();
            assertThat(challenge.imageText()).hasSize(4).doesNotContain("0", "O", "1", "I");
        }
    }

    @Test
    void numbersUpToEighteenAreWrittenAsAChineseReaderWritesThem() {
        assertThat(CaptchaChallenge.inChineseWords("0")).isEqualTo("零");
        assertThat(CaptchaChallenge.inChineseWords("10")).isEqualTo("十");
        assertThat(CaptchaChallenge.inChineseWords("18")).isEqualTo("十八");
    }

    @Test
    void theImageIsAPngWiderThanHigh() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CaptchaImage.png("K7PM", new SplittableRandom(1))));
        assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CaptchaImage.HEIGHT);
    }
}
