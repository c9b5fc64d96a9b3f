package io.zhengtong.mailbox.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
            "张三, 张**",
            "张三丰, 张**",
            "欧阳修, 欧阳**",
            "欧阳娜娜, 欧阳**",
            "诸葛亮, 诸葛**",
            "'  李四 ', 李**",
            "王, *",
            "欧阳, 欧**",
            "阿依古丽·买买提, 阿**",
            "John Smith, J**",
    })
    void aNameKeepsOnlyTheFamilyNameAndNeverRevealsTheGivenNamesLength(String name, String shown) {
        assertThat(Masking.name(name)).isEqualTo(shown);
    }

    @Test
    void anEmptyNameStaysEmpty() {
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.name(" ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
            "13812341234, 138****1234",
            "'138 1234 1234', 138****1234",
            "+86 138-1234-1234, 138****1234",
            "008613812341234, 138****1234",
            "0917-4712345, 0917-***2345",
            "(0917)47123456, 0917-****3456",
            "010-62345678, 010-****5678",
            "4712345, ***2345",
            "0917-4712345转801, 0917-***2345",
            "110, ***",
    })
    void aPhoneNumberKeepsItsFirstThreeAndLastFourDigitsOrAreaCodeAndLastFour(String phone, String shown) {
        assertThat(Masking.phone(phone)).isEqualTo(shown);
    }

    @Test
    void anIdNumberKeepsOnlyItsFirstAndLastCharacter() {
        assertThat(Masking.idNumber("61033019850312123x")).isEqualTo("6****************X");
        assertThat(Masking.idNumber("610330 19850312 1230")).isEqualTo("6****************0");
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
            "zhangsan@example.com, z***@example.com",
            "' Li.Si@fengxian.gov.cn ', L***@fengxian.gov.cn",
            "a@b.cn, a***@b.cn",
            "not-an-address, n***",
    })
    void anEmailKeepsTheFirstLetterAndTheDomain(String email, String shown) {
        assertThat(Masking.email(email)).isEqualTo(shown);
    }

    @Test
    void numbersAndAddressesWrittenIntoALetterAreMaskedBeforePublication() {
        String body = "我叫张三，电话13812341234或+86 139-0000-1111，身份证61033019850312123X，邮箱zhangsan@example.com。"
                + "订单号20251009123456789012不是身份证。";

        assertThat(Masking.text(body)).isEqualTo("我叫张三，电话138****1234或139****1111，身份证6****************X，"
                + "邮箱z***@example.com。订单号20251009123456789012不是身份证。");
    }
}
