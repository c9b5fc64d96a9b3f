package io.zhengtong.mailbox.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingCodeTest {

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void aCodeIsTwelveCharactersInThreeGroupsOfFourWithoutLookAlikes() {
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCode.generate(random).value();

            assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void theAlphabetHasThirtyOneCharactersAndNoLookAlikes() {
        assertThat(TrackingCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(TrackingCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void generatedCodesDoNotRepeatInTenThousand() {
        Set<TrackingCode> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(TrackingCode.generate(random));
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String code = TrackingCode.generate(random).compact();
            for (int position = 0; position < 12; position++) {
                for (char other : TrackingCode.ALPHABET.toCharArray()) {
                    if (other == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(TrackingCode.isWellFormed(typo)).as("%s typed as %s", code, typo).isFalse();
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentCharactersIsCaughtAdjacentOrNot() {
        for (int n = 0; n < 200; n++) {
            String code = TrackingCode.generate(random).compact();
            for (int i = 0; i < 12; i++) {
                for (int j = i + 1; j < 12; j++) {
                    if (code.charAt(i) == code.charAt(j)) {
                        continue;
                    }
                    char[] swapped = code.toCharArray();
                    swapped[i] = code.charAt(j);
                    swapped[j] = code.charAt(i);
                    assertThat(TrackingCode.isWellFormed(new String(swapped))).as("%s swapped at %d,%d", code, i, j).isFalse();
                }
            }
        }
    }

    @Test
    void aCodeIsFoundWhateverTheCaseSpacesOrHyphens() {
        TrackingCode code = TrackingCode.generate(random);
        String compact = code.compact();
        String spaced = compact.substring(0, 4) + " " + compact.substring(4, 8) + "  " + compact.substring(8);

        assertThat(TrackingCode.parse(code.value())).isEqualTo(code);
        assertThat(TrackingCode.parse(compact.toLowerCase())).isEqualTo(code);
        assertThat(TrackingCode.parse(" " + spaced + " ")).isEqualTo(code);
        assertThat(TrackingCode.parse(compact.substring(0, 6) + "－" + compact.substring(6))).isEqualTo(code);
        assertThat(TrackingCode.parse(compact).value()).isEqualTo(code.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FX26-7K3M-9QP0", "fx26-7k3m-9qpo", "FX26-7K3M-9QPI", "FX26-7K3M-9QPl"})
    void aLookAlikeCharacterIsExplainedToTheCitizen(String typed) {
        assertThatThrownBy(() -> TrackingCode.parse(typed))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("tracking-code-lookalike");
                    assertThat(e.getMessage()).startsWith("查询码中没有字母O、I、L和数字0、1");
                });
    }

    @Test
    void aCodeOfTheWrongLengthSaysHowManyCharactersWereTyped() {
        assertThatThrownBy(() -> TrackingCode.parse("FX26-7K3M-9QP")).hasMessage("查询码应为12位，您输入了11位。");
        assertThatThrownBy(() -> TrackingCode.parse("  ")).hasMessage("请输入查询码。");
        assertThatThrownBy(() -> TrackingCode.parse("FX26-7K3M-9Q#D")).hasMessage("查询码只含数字2-9和大写字母，不能含「#」。");
    }

    @Test
    void aTypoIsReportedAsAWrongCheckCharacterNotAsAnUnknownLetter() {
        String code = TrackingCode.generate(random).compact();
        char[] swapped = code.toCharArray();
        int i = code.charAt(0) != code.charAt(1) ? 0 : 2;
        swapped[i] = code.charAt(i + 1);
        swapped[i + 1] = code.charAt(i);

        assertThatThrownBy(() -> TrackingCode.parse(new String(swapped)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("tracking-code-check"));
    }

    @Test
    void onlyCanonicalCodesCanBeBuiltDirectly() {
        TrackingCode code = TrackingCode.generate(random);

        assertThatThrownBy(() -> new TrackingCode(code.compact())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingCode(code.value().toLowerCase())).isInstanceOf(IllegalArgumentException.class);
    }
}
