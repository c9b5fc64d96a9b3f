package io.zhengtong.mailbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.demo.DemoLetters.DemoLetter;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo county's letters table, read the way the seeding reads it. */
class DemoLettersTest {

    final List<DemoLetter> letters = DemoLetters.all();

    @Test
    void theTableHoldsFortyEightLettersToAllFourMailboxesOldestFirst() {
        assertThat(letters).hasSize(48);
        assertThat(letters).extracting(DemoLetter::mailbox).containsOnly("party-secretary", "county-head", "petition", "education");
        DemoLetter first = letters.getFirst();
        assertThat(first.mailbox()).isEqualTo("county-head");
        assertThat(first.type()).isEqualTo(LetterType.SUGGESTION);
        assertThat(first.subject()).isEqualTo("建议在双石铺镇增设公共停车场");
        assertThat(first.writer()).isEqualTo("张建国");
        assertThat(first.consent()).isTrue();
        assertThat(first.unit()).isEqualTo(DemoLetters.SHUANGSHIPU);
        assertThat(letters.getLast().subject()).isEqualTo("建议开通网上预约办理不动产登记");
    }

    @Test
    void someLettersAreAnonymousAndTwoAreRejectedWithTheReasonTheCitizenReads() {
        assertThat(letters).filteredOn(l -> l.writer() == null).isNotEmpty().allSatisfy(l -> assertThat(l.consent()).isFalse());
        assertThat(letters).filteredOn(DemoLetter::rejected).extracting(DemoLetter::subject)
            .containsExactly("推销保健品广告", "询问某民事案件执行进展");
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.subject()).isNotBlank();
            assertThat(l.content()).isNotBlank();
            assertThat(l.reply()).isNotBlank();
        });
    }

    @Test
    void everyMailboxHasItsOwnDispatcherAndEveryLeadUnitAClerk() {
        assertThat(letters).allSatisfy(l -> {
            assertThat(DemoMailboxSeeding.DISPATCHERS).containsKey(l.mailbox());
            assertThat(l.rejected() || DemoMailboxSeeding.CLERKS.containsKey(l.unit())).as("a clerk of %s", l.unit()).isTrue();
        });
        assertThat(DemoMailboxSeeding.DISPATCHERS.values()).allSatisfy(d -> assertThat(d.roles()).contains(Role.DISPATCHER))
            .extracting(d -> d.username()).containsExactlyInAnyOrder("gao.jie", "lin.xue", "wang.fang", "he.bin");
    }

    @Test
    void aLineWithAMissingColumnNamesItsLineNumber() {
        List<String> table = List.of("# comment", "county-head\tSUGGESTION\thousing\t-\tno\t主题\t内容");

        assertThatThrownBy(() -> DemoLetters.parse(table)).hasMessageContaining("line 2").hasMessageContaining("7 columns");
    }

    @Test
    void consentIsYesOrNoAndADashIsNobody() {
        List<DemoLetter> parsed = DemoLetters.parse(List.of("", "petition\tOTHER\t-\t-\tno\t主题\t内容\t不予受理的理由"));

        assertThat(parsed).singleElement().satisfies(l -> {
            assertThat(l.rejected()).isTrue();
            assertThat(l.writer()).isNull();
            assertThat(l.consent()).isFalse();
        });
        assertThatThrownBy(() -> DemoLetters.parse(List.of("petition\tOTHER\t-\t-\tmaybe\t主题\t内容\t理由")))
            .hasMessageContaining("consent is yes or no");
    }
}
