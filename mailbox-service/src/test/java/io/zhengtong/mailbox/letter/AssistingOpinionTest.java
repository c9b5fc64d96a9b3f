package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/** 协办: the power supply company assists the housing bureau, which leads and writes the reply. */
class AssistingOpinionTest {

    @Test
    void theAssistingUnitsOpinionIsInTheHistoryAndOnTheLetterForTheDrafter() {
        Letter letter = inProgress();

        letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "  线缆已于10月8日更换，可通电。 ");

        assertThat(letter.status()).as("the lead unit still handles it").isEqualTo(LetterStatus.IN_PROGRESS);
        assertThat(letter.history().getLast().describe()).isEqualTo("承办人 何军（power-supply）填写协办意见：线缆已于10月8日更换，可通电。");
        assertThat(letter.assistingOpinions()).extracting(AssistingOpinion::unitCode, AssistingOpinion::text,
                AssistingOpinion::name).containsExactly(tuple("power-supply", "线缆已于10月8日更换，可通电。", "何军"));
        assertThat(letter.events()).extracting(LetterEvent::name).last().isEqualTo("LetterAssistingOpinionRecorded");
    }

    @Test
    void writingAgainReplacesTheUnitsOpinionOnTheLetterAndTheHistoryKeepsBoth() {
        Letter letter = inProgress();
        letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "正在排查线路。");
        letter.recordAssistingOpinion(POWER_SUPPLY_HEAD, NOW.plusSeconds(60), "线路已修复，三个路灯均已通电。");

        assertThat(letter.assistingOpinions()).extracting(AssistingOpinion::text, AssistingOpinion::name)
            .containsExactly(tuple("线路已修复，三个路灯均已通电。", "马经理"));
        assertThat(letter.history()).filteredOn(h -> h.action() == LetterAction.ASSISTING_OPINION)
            .extracting(HistoryEntry::remark).containsExactly("正在排查线路。", "线路已修复，三个路灯均已通电。");
    }

    @Test
    void theOpinionSurvivesStoringAndRestoring() {
        Letter letter = inProgress();
        letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "可通电。");

        assertThat(Letter.restore(letter.snapshot()).assistingOpinions()).isEqualTo(letter.assistingOpinions());
    }

    @Test
    void onceTheReplyIsSubmittedTheOpinionWaitsUntilTheReplyIsSentBack() {
        Letter letter = inReview();

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "补充意见"));
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);

        letter.sendBackReply(DISPATCHER, NOW, "请吸收协办单位意见");
        letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "补充意见");
        assertThat(letter.assistingOpinions()).extracting(AssistingOpinion::text).containsExactly("补充意见");
    }

    @Test
    void aBlankOpinionIsRefusedAndNothingIsWritten() {
        Letter letter = inProgress();
        int before = letter.history().size();

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "  "));

        assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(letter.history()).hasSize(before);
        assertThat(letter.assistingOpinions()).isEmpty();
    }

    @Test
    void theLeadUnitWritesTheReplyNotAnAssistingOpinion() {
        Letter letter = inProgress();

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.recordAssistingOpinion(HOUSING_CLERK, NOW, "本局意见"));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.code()).isEqualTo("letter-other-unit");
        assertThat(refused.getMessage()).contains("power-supply");
    }

    @Test
    void aLetterWithoutAssistingUnitsTakesNoOpinion() {
        Letter letter = accepted();
        letter.assign(DISPATCHER, NOW, Assignment.to("housing"), null);
        letter.signFor(HOUSING_CLERK, NOW);

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.recordAssistingOpinion(POWER_SUPPLY_CLERK, NOW, "可通电。"));

        assertThat(refused.code()).isEqualTo("letter-other-unit");
        assertThat(refused.getMessage()).contains("没有协办单位");
    }

    static Stream<Arguments> theLeadUnitsSteps() {
        return Stream.of(
                Arguments.of("签收", (Consumer<Letter>) l -> l.signFor(POWER_SUPPLY_CLERK, NOW), (Supplier<Letter>) Scenes::assigned),
                Arguments.of("提交答复", (Consumer<Letter>) l -> l.submitReply(POWER_SUPPLY_CLERK, NOW, "已修复。"),
                        (Supplier<Letter>) Scenes::inProgress),
                Arguments.of("退回", (Consumer<Letter>) l -> l.returnToDispatcher(POWER_SUPPLY_HEAD, NOW, "不属本单位"),
                        (Supplier<Letter>) Scenes::inProgress),
                Arguments.of("申请延期", (Consumer<Letter>) l -> l.requestExtension(POWER_SUPPLY_CLERK, NOW, 2, "需更换线缆"),
                        (Supplier<Letter>) Scenes::inProgress));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theLeadUnitsSteps")
    void anAssistingUnitReadsTheLetterButCannotTakeTheLeadUnitsSteps(String step, Consumer<Letter> byAssistingUnit,
            Supplier<Letter> situation) {
        Letter letter = situation.get();
        int before = letter.history().size();

        assertThat(letter.isVisibleTo(POWER_SUPPLY_CLERK)).isTrue();
        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class, () -> byAssistingUnit.accept(letter));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.code()).isEqualTo("letter-other-unit");
        assertThat(letter.history()).hasSize(before);
    }
}
