package io.zhengtong.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void aNumberIsReadIntoItsPrefixYearAndSequence() {
        DocumentNumber number = DocumentNumber.parse("凤政办〔2026〕12号");

        assertThat(number.prefix()).isEqualTo("凤政办");
        assertThat(number.year()).isEqualTo(2026);
        assertThat(number.sequence()).isEqualTo(12);
    }

    @Test
    void aNumberIsWrittenWithHexagonalBracketsAndNoLeadingZeros() {
        assertThat(new DocumentNumber("凤政办", 2026, 3).formatted()).isEqualTo("凤政办〔2026〕3号");
        assertThat(new DocumentNumber("凤政发", 2026, 120).toString()).isEqualTo("凤政发〔2026〕120号");
    }

    @Test
    void readingAndWritingGiveTheSameNumberBack() {
        for (String text : new String[] {"凤政办〔2026〕1号", "凤文旅发〔2025〕999号", "凤教函〔2026〕45号"}) {
            assertThat(DocumentNumber.parse(text).formatted()).isEqualTo(text);
        }
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(DocumentNumber.parse("  凤政办〔2026〕12号 ").formatted()).isEqualTo("凤政办〔2026〕12号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"凤政办[2026]12号", "凤政办(2026)12号", "凤政办（2026）12号", "凤政办【2026】12号", "凤政办［2026］12号"})
    void lookAlikeBracketsAreRefusedWithTheRightBracketsInTheMessage(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(InvalidDocumentMetadata.class)
            .hasMessageContaining("六角括号〔〕");
    }

    @Test
    void aLeadingZeroInTheSequenceIsRefused() {
        assertThatThrownBy(() -> DocumentNumber.parse("凤政办〔2026〕012号")).hasMessageContaining("不编虚位");
    }

    @Test
    void theWordDiBeforeTheSequenceIsRefused() {
        assertThatThrownBy(() -> DocumentNumber.parse("凤政办〔2026〕第12号")).hasMessageContaining("不加“第”字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"凤政办〔26〕12号", "凤政办〔2026〕12", "〔2026〕12号", "凤政办2026 12号", "凤政办〔2026〕0号"})
    void malformedNumbersAreRefusedWithAnExample(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(InvalidDocumentMetadata.class)
            .hasMessageContaining("凤政办〔2026〕12号");
    }

    @Test
    void anEmptyNumberIsRefused() {
        assertThatThrownBy(() -> DocumentNumber.parse(" ")).hasMessage("发文字号不能为空。");
    }

    @Test
    void aPrefixWithSpacesOrBracketsIsRefused() {
        assertThatThrownBy(() -> new DocumentNumber("凤 政办", 2026, 1)).hasMessageContaining("代字");
        assertThatThrownBy(() -> new DocumentNumber("凤政〔办", 2026, 1)).hasMessageContaining("代字");
    }

    @Test
    void yearAndSequenceMustBePlausible() {
        assertThatThrownBy(() -> new DocumentNumber("凤政办", 26, 1)).hasMessageContaining("四位公元年份");
        assertThatThrownBy(() -> new DocumentNumber("凤政办", 2026, 0)).hasMessageContaining("1 到 999999");
    }
}
