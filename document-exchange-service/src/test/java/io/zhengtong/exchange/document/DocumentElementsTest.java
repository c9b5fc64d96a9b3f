package io.zhengtong.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** 密级, 紧急程度, 公开方式, 份号 and the text normalisation every element goes through. */
class DocumentElementsTest {

    @ParameterizedTest
    @ValueSource(strings = {"秘密", "机密", "绝密", "秘密★1年", "机密★10年", " 绝密 "})
    void aClassifiedDocumentIsRefusedWithAClearMessage(String marking) {
        assertThatThrownBy(() -> Classification.parse(marking)).isInstanceOf(ClassifiedDocumentRefused.class)
            .hasMessageContaining("本系统只能处理非密公文")
            .satisfies(e -> assertThat(((DomainRuleViolation) e).status().value()).isEqualTo(422));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "非密", " 非密 "})
    void aNonClassifiedDocumentIsAccepted(String marking) {
        assertThat(Classification.parse(marking)).isEqualTo(Classification.NON_CLASSIFIED);
        assertThat(Classification.parse(null)).isEqualTo(Classification.NON_CLASSIFIED);
    }

    @Test
    void anUnknownClassificationIsNotTakenForNonClassified() {
        assertThatThrownBy(() -> Classification.parse("内部")).isInstanceOf(InvalidDocumentMetadata.class)
            .hasMessageContaining("无法识别");
    }

    @Test
    void urgencyIsExtraUrgentUrgentOrNone() {
        assertThat(Urgency.parse("特急")).isEqualTo(Urgency.EXTRA_URGENT);
        assertThat(Urgency.parse("加急")).isEqualTo(Urgency.URGENT);
        assertThat(Urgency.parse("")).isEqualTo(Urgency.NORMAL);
        assertThat(Urgency.NORMAL.label()).isEmpty();
        assertThatThrownBy(() -> Urgency.parse("特提")).hasMessageContaining("特急");
    }

    @Test
    void theMostUrgentComesFirst() {
        assertThat(Urgency.values()).containsExactly(Urgency.EXTRA_URGENT, Urgency.URGENT, Urgency.NORMAL);
    }

    @Test
    void disclosureModeIsOneOfTheThree() {
        assertThat(DisclosureMode.parse("主动公开")).isEqualTo(DisclosureMode.PROACTIVE);
        assertThat(DisclosureMode.parse("依申请公开")).isEqualTo(DisclosureMode.ON_REQUEST);
        assertThat(DisclosureMode.parse("不予公开")).isEqualTo(DisclosureMode.NOT_DISCLOSED);
        assertThatThrownBy(() -> DisclosureMode.parse("公开")).hasMessageContaining("不能是“公开”");
        assertThatThrownBy(() -> DisclosureMode.parse(null)).hasMessageContaining("请选择公开方式");
    }

    @Test
    void aCopyNumberIsPrintedAsSixDigits() {
        assertThat(new CopyNumber(12).formatted()).isEqualTo("000012");
        assertThat(CopyNumber.parse("000345").value()).isEqualTo(345);
        assertThatThrownBy(() -> CopyNumber.parse("12")).hasMessageContaining("6位阿拉伯数字");
        assertThatThrownBy(() -> new CopyNumber(0)).hasMessageContaining("1 到 999999");
    }

    @Test
    void textIsNfcWithWhitespaceCollapsed() {
        assertThat(Text.normalise("  关于\u3000做好\n\n森林防火 工作的通知\t")).isEqualTo("关于 做好 森林防火 工作的通知");
        assertThat(Text.normalise("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(Text.normalise("标\u0000题")).isEqualTo("标题");
    }

    @Test
    void anOrganNeedsADirectoryCodeAndAName() {
        assertThat(new Organ("gov-office", " 凤县人民政府办公室 ").name()).isEqualTo("凤县人民政府办公室");
        assertThatThrownBy(() -> new Organ("Gov Office", "x")).hasMessageContaining("机关代码");
        assertThatThrownBy(() -> new Organ("gov-office", " ")).hasMessageContaining("机关名称不能为空");
    }
}
