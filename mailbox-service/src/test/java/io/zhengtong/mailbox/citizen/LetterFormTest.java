package io.zhengtong.mailbox.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zhengtong.mailbox.letter.LetterType;

class LetterFormTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Map<String, String> errors(LetterForm form) {
        return VALIDATOR.validate(form).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static LetterForm letter(String name, String phone, boolean anonymous) {
        return new LetterForm("county-head", LetterType.CONSULTATION, "关于办理居住证的咨询", "请问需要哪些材料？", name, phone,
                null, null, false, anonymous, "captcha-id", "7K3M");
    }

    @Test
    void aNamedLetterWithoutNameOrPhoneIsRefusedOnExactlyThoseFields() {
        assertThat(errors(letter(" ", null, false)))
            .containsOnly(Map.entry("contactName", "实名来信请填写姓名"),
                    Map.entry("contactPhone", "实名来信请填写手机号码，以便联系答复"));
    }

    @Test
    void anAnonymousLetterNeedsNeitherNameNorPhone() {
        assertThat(errors(letter(null, null, true))).isEmpty();
    }

    @Test
    void aNamedLetterWithNameAndMobileIsAccepted() {
        assertThat(errors(letter("王小明", "13812341234", false))).isEmpty();
    }

    @Test
    void withoutLoginTheCaptchaMustBeAnsweredLoggedInItNeedNot() {
        LetterForm unanswered = new LetterForm("county-head", LetterType.CONSULTATION, "关于办理居住证的咨询", "请问需要哪些材料？",
                null, null, null, null, false, true, null, null);

        assertThat(VALIDATOR.validate(unanswered, jakarta.validation.groups.Default.class, LetterForm.WithCaptcha.class))
            .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
            .containsExactly("captchaAnswer: 请填写验证码");
        assertThat(errors(unanswered)).isEmpty();
    }
}
