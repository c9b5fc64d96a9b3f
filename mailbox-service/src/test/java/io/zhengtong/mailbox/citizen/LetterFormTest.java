package io.zhengtong.mailbox.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zhengtong.mailbox.letter.LetterType;

class LetterFormTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private static final CitizenAccount WITH_EMAIL = new CitizenAccount("3f1c-uuid", "wang.xiaoming", "王小明",
            "wang.xiaoming@example.com");
    private static final CitizenAccount WITHOUT_EMAIL = new CitizenAccount("7a2e-uuid", "fan.jianguo", "范建国", null);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** As the anonymous endpoints check it. */
    private static Map<String, String> errorsWithoutLogin(LetterForm form) {
        return errors(form, LetterForm.WithoutLogin.class);
    }

    /** As {@link LoggedInLetterForms} checks it, after completing it from the account. */
    private static Map<String, String> errorsLoggedIn(LetterForm form, CitizenAccount writer) {
        return errors(form.completedFrom(writer), LetterForm.LoggedIn.class);
    }

    private static Map<String, String> errors(LetterForm form, Class<?> group) {
        return VALIDATOR.validate(form, Default.class, group).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static LetterForm letter(String name, String phone, String email, boolean anonymous) {
        return new LetterForm("county-head", LetterType.CONSULTATION, "关于办理居住证的咨询", "请问需要哪些材料？", name, phone,
                email, null, false, anonymous, "captcha-id", "7K3M");
    }

    @Test
    void aNamedLetterWithoutNameOrPhoneIsRefusedOnExactlyThoseFields() {
        assertThat(errorsWithoutLogin(letter(" ", null, null, false)))
            .containsOnly(Map.entry("contactName", "实名来信请填写姓名"),
                    Map.entry("contactPhone", "实名来信请填写手机号码，以便联系答复"));
    }

    @Test
    void withoutLoginAnEmailAddressDoesNotReplaceTheMobileNumber() {
        assertThat(errorsWithoutLogin(letter("王小明", null, "wang.xiaoming@example.com", false)))
            .containsOnly(Map.entry("contactPhone", "实名来信请填写手机号码，以便联系答复"));
    }

    @Test
    void anAnonymousLetterNeedsNeitherNameNorPhone() {
        assertThat(errorsWithoutLogin(letter(null, null, null, true))).isEmpty();
        assertThat(errorsLoggedIn(letter(null, null, null, true), WITHOUT_EMAIL)).isEmpty();
    }

    @Test
    void aNamedLetterWithNameAndMobileIsAccepted() {
        assertThat(errorsWithoutLogin(letter("王小明", "13812341234", null, false))).isEmpty();
        assertThat(errorsLoggedIn(letter("王小明", "13812341234", null, false), WITHOUT_EMAIL)).isEmpty();
    }

    @Test
    void loggedInTheAccountsEmailAddressIsEnoughToBeAnsweredWithoutMobileNumber() {
        LetterForm withoutEmail = letter("王小明", null, null, false);

        assertThat(errorsLoggedIn(withoutEmail, WITH_EMAIL)).isEmpty();
        assertThat(withoutEmail.completedFrom(WITH_EMAIL).contactEmail()).isEqualTo("wang.xiaoming@example.com");
    }

    @Test
    void loggedInAnEmailAddressTypedInTheFormIsKeptAndIsEnoughToo() {
        LetterForm typed = letter("范建国", " ", "fan@example.com", false);

        assertThat(typed.completedFrom(WITH_EMAIL).contactEmail()).isEqualTo("fan@example.com");
        assertThat(errorsLoggedIn(typed, WITHOUT_EMAIL)).isEmpty();
    }

    @Test
    void loggedInWithoutAnyEmailAddressTheMobileNumberIsStillRequiredAndTheFormSaysEitherWillDo() {
        assertThat(errorsLoggedIn(letter("范建国", null, "", false), WITHOUT_EMAIL))
            .containsOnly(Map.entry("contactPhone", "实名来信请填写手机号码或电子邮箱，以便联系答复"));
    }

    @Test
    void anAnonymousLetterWrittenLoggedInGetsNoEmailAddressFromTheAccount() {
        assertThat(letter(null, null, null, true).completedFrom(WITH_EMAIL).contactEmail()).isNull();
    }

    @Test
    void loggedInTheNameIsStillRequiredForANamedLetter() {
        assertThat(errorsLoggedIn(letter(null, null, null, false), WITH_EMAIL))
            .containsOnly(Map.entry("contactName", "实名来信请填写姓名"));
    }

    @Test
    void withoutLoginTheCaptchaMustBeAnsweredLoggedInItNeedNot() {
        LetterForm unanswered = new LetterForm("county-head", LetterType.CONSULTATION, "关于办理居住证的咨询", "请问需要哪些材料？",
                null, null, null, null, false, true, null, null);

        assertThat(errorsWithoutLogin(unanswered)).containsOnly(Map.entry("captchaAnswer", "请填写验证码"));
        assertThat(errorsLoggedIn(unanswered, WITH_EMAIL)).isEmpty();
    }
}
