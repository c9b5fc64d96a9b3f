package io.zhengtong.mailbox.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssessmentWeightsTest {

    static Figures figures(long received, long answered, Double onTimeRate, Double satisfactionRate, long overdue) {
        return new Figures(received, answered, 0, onTimeRate, null, 0, 0, 0, satisfactionRate, overdue);
    }

    @Test
    void aUnitThatAnsweredEverythingOnTimeToEveryonesSatisfactionScoresAHundred() {
        assertThat(AssessmentWeights.STANDARD.score(figures(10, 10, 100.0, 100.0, 0))).isEqualTo(100.0);
    }

    @Test
    void theScoreWeighsAnswerRateOnTimeRateAndSatisfactionAndTakesPointsOffPerOverdueLetter() {
        // 0.3 × 50% + 0.4 × 50% + 0.3 × 100% = 65 points, minus 2 × 3 overdue letters.
        assertThat(AssessmentWeights.STANDARD.score(figures(20, 10, 50.0, 100.0, 3))).isEqualTo(59.0);
        // Only on-time rate counts when that is all that is weighted.
        assertThat(new AssessmentWeights(0, 1, 0, 0).score(figures(20, 10, 50.0, 100.0, 3))).isEqualTo(50.0);
    }

    @Test
    void aRateWithNothingToRateIsLeftOutAndTheOtherWeightsCount() {
        // No rating yet: answered 100% (0.3) and on time 80% (0.4) → (0.3 + 0.32) / 0.7.
        assertThat(AssessmentWeights.STANDARD.score(figures(5, 5, 80.0, null, 0))).isEqualTo(88.6);
        assertThat(AssessmentWeights.STANDARD.score(figures(0, 0, null, null, 0))).isNull();
    }

    @Test
    void theScoreNeverFallsBelowZero() {
        assertThat(AssessmentWeights.STANDARD.score(figures(10, 0, null, null, 40))).isEqualTo(0.0);
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThatThrownBy(() -> new AssessmentWeights(-1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentWeights(0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
