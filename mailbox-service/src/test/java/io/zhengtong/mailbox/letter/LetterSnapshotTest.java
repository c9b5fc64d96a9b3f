package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.CALENDAR;
import static io.zhengtong.mailbox.letter.Scenes.HOUSING_CLERK;
import static io.zhengtong.mailbox.letter.Scenes.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stored and reloaded letter is the same letter: same state, same history, same rules. */
class LetterSnapshotTest {

    static Stream<Supplier<Letter>> letters() {
        return Stream.of(Scenes::submitted, Scenes::merged, Scenes::forwarded, Scenes::inProgressWithExtensionRequest,
                Scenes::returned, Scenes::answeredUnsatisfied, Scenes::answeredAgainAfterReopening, Scenes::closed);
    }

    @ParameterizedTest
    @MethodSource("letters")
    void aReloadedLetterHasEverythingTheStoredOneHad(Supplier<Letter> scene) {
        Letter letter = scene.get();
        Letter reloaded = Letter.restore(letter.snapshot());
        assertThat(reloaded.snapshot()).isEqualTo(letter.snapshot());
        assertThat(reloaded.events()).isEmpty();
    }

    @Test
    void aReloadedLetterKeepsItsRulesTheReopenedLetterCannotBeReopenedAgain() {
        Letter reloaded = Letter.restore(Scenes.answeredAgainAfterReopening().snapshot());
        assertThatThrownBy(() -> reloaded.reopen(Scenes.citizenOf(reloaded), NOW.plusSeconds(900000), "还是不行", CALENDAR))
            .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("不能再次申请");
    }

    @Test
    void aReloadedLetterStillRefusesAnotherUnit() {
        Letter reloaded = Letter.restore(Scenes.inProgress().snapshot());
        assertThat(reloaded.isVisibleTo(HOUSING_CLERK)).isTrue();
        assertThat(reloaded.isVisibleTo(Scenes.CULTURE_CLERK)).isFalse();
    }
}
