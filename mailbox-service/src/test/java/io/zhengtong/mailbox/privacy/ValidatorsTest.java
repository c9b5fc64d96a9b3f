package io.zhengtong.mailbox.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    record ContactForm(@MainlandMobile String phone, @ResidentIdNumber String idNumber) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "61033019850312123X", "610330200002290019",
            "110105 19491231 002X"})
    void aCorrectIdNumberIsAccepted(String id) {
        assertThat(IdNumbers.problem(id, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "110105194912310021, 公民身份号码校验位不符，请核对是否输错。",
            "110105194912310O2X, 公民身份号码前17位应为数字，最后一位为数字或字母X。",
            "11010519491231002, 公民身份号码应为18位，您填写了17位。",
            "110105491231002, 请填写18位公民身份号码（15位旧号码已停止使用）。",
            "910105194912310028, 公民身份号码的地址码有误。",
            "610330198502301239, 公民身份号码中的出生日期有误。",
            "610330202701011235, 公民身份号码中的出生日期有误。",
            "'', 请填写公民身份号码。",
    })
    void aWrongIdNumberIsExplainedInChinese(String id, String message) {
        assertThat(IdNumbers.problem(id, TODAY)).contains(message);
    }

    @Test
    void everySingleWrongDigitOfAnIdNumberIsCaughtByTheCheckCharacter() {
        String id = "61033019850312123X";
        for (int position = 0; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == id.charAt(position)) {
                    continue;
                }
                String typo = id.substring(0, position) + digit + id.substring(position + 1);
                assertThat(IdNumbers.isValid(typo, TODAY)).as(typo).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812341234", "19912341234", "+8613812341234", "86 138 1234 1234", "138-1234-1234"})
    void aMainlandMobileNumberIsAcceptedWithCommonSeparatorsAndPrefix(String phone) {
        assertThat(PhoneNumbers.problemWithMobile(phone)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1381234123, 手机号码应为11位数字，您填写了10位。",
            "12812341234, 手机号码应以13至19开头。",
            "0917-4712345, 这是固定电话号码，请填写手机号码。",
            "138abcd1234, 手机号码只能包含数字。",
    })
    void aWrongMobileNumberIsExplainedInChinese(String phone, String message) {
        assertThat(PhoneNumbers.problemWithMobile(phone)).contains(message);
    }

    @Test
    void aFormWithAWrongPhoneAndIdNumberGetsAChineseMessageForEachField() {
        Set<ConstraintViolation<ContactForm>> violations = validator.validate(new ContactForm("1381234123", "110105194912310021"));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("phone", "手机号码应为11位数字，您填写了10位。"),
                        org.assertj.core.groups.Tuple.tuple("idNumber", "公民身份号码校验位不符，请核对是否输错。"));
    }

    @Test
    void aFormWithoutPhoneOrIdNumberPassesBecauseBothAreOptional() {
        assertThat(validator.validate(new ContactForm(null, " "))).isEmpty();
        assertThat(validator.validate(new ContactForm("13812341234", "11010519491231002X"))).isEmpty();
    }
}
