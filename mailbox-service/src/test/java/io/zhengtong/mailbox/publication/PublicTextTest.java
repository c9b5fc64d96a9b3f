package io.zhengtong.mailbox.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Contact;
import org.junit.jupiter.api.Test;

class PublicTextTest {

    static final Contact LI_SI = new Contact("李四", "139-1234-5678", "lisi@example.com", "610330199001011234");

    @Test
    void aMobileNumberInTheTextIsShownAsItsFirstThreeAndLastFourDigits() {
        assertThat(PublicText.mask("请拨打13812345678联系我", Contact.anonymous())).isEqualTo("请拨打138****5678联系我");
    }

    @Test
    void anIdNumberInTheTextKeepsOnlyItsFirstAndLastCharacter() {
        assertThat(PublicText.mask("身份证号61033019850505123X。", Contact.anonymous()))
            .isEqualTo("身份证号6****************X。");
    }

    @Test
    void anEmailAddressInTheTextKeepsOnlyItsFirstCharacterAndDomain() {
        assertThat(PublicText.mask("回信请寄 zhang.san@qq.com 谢谢", Contact.anonymous())).isEqualTo("回信请寄 z***@qq.com 谢谢");
    }

    @Test
    void theWritersOwnNameAndPhoneAreMaskedWhereverTheyWroteThem() {
        String masked = PublicText.mask("我是李四，电话139-1234-5678，邮箱lisi@example.com。李四恳请解决。", LI_SI);
        assertThat(masked).doesNotContain("李四", "1234-5678", "lisi@").contains("李**", "139****5678", "l***@example.com");
    }

    @Test
    void theWritersLandlineIsMaskedAlthoughNoPatternFindsLandlines() {
        Contact withLandline = new Contact("王五", "0917-4712345", null, null);
        assertThat(PublicText.mask("座机0917-4712345", withLandline)).isEqualTo("座机0917-***2345");
    }

    @Test
    void aOneCharacterNameIsNotMaskedInTheTextSoOrdinaryWordsSurvive() {
        Contact oneCharacter = new Contact("明", null, null, null);
        assertThat(PublicText.mask("明天修路", oneCharacter)).isEqualTo("明天修路");
    }

    @Test
    void textWithoutPersonalDataIsUnchanged() {
        assertThat(PublicText.mask("小区路灯不亮，已两周。", LI_SI)).isEqualTo("小区路灯不亮，已两周。");
    }
}
