package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history and refusals people read name units (凤县住房和城乡建设局), not their codes (housing). */
class UnitNamesInRemarksTest {

    static final UnitNames DIRECTORY = code -> Map.of(
            "housing", "凤县住房和城乡建设局",
            "power-supply", "国网凤县供电公司",
            "gov-office", "凤县人民政府办公室").getOrDefault(code, code);

    @Test
    void theLeadersInstructionNamesTheLeadAndAssistingUnits() {
        Letter letter = forwarded().nameUnitsWith(DIRECTORY);

        letter.instruct(COUNTY_HEAD_LEADER, NOW, Assignment.to("housing", "power-supply"), "请住建局牵头办理。");

        assertThat(letter.history().getLast().remark())
            .isEqualTo("请住建局牵头办理。（主办：凤县住房和城乡建设局，协办：国网凤县供电公司）");
        assertThat(letter.assignment()).contains(Assignment.to("housing", "power-supply"));
    }

    @Test
    void aDirectAssignmentNamesTheLeadUnit() {
        Letter letter = accepted().nameUnitsWith(DIRECTORY);

        letter.assign(DISPATCHER, NOW, Assignment.to("housing"), "常规问题");

        assertThat(letter.history().getLast().remark()).isEqualTo("主办：凤县住房和城乡建设局；常规问题");
    }

    @Test
    void aReturnNamesTheUnitThatReturnedIt() {
        Letter letter = inProgress().nameUnitsWith(DIRECTORY);

        letter.returnToDispatcher(HOUSING_CLERK, NOW, "路灯属供电公司产权");

        assertThat(letter.history().getLast().remark()).isEqualTo("凤县住房和城乡建设局退回：路灯属供电公司产权");
        assertThat(letter.history().getLast().unitCode()).isEqualTo("housing");
    }

    @Test
    void anAssistingUnitIsToldWhichUnitLeadsTheLetter() {
        Letter letter = assigned().nameUnitsWith(DIRECTORY);
        Actor powerClerk = Actor.staff("liuyi", "刘一", "power-supply", Role.STAFF);

        assertThatThrownBy(() -> letter.signFor(powerClerk, NOW))
            .hasMessage("「签收」：此信件由凤县住房和城乡建设局主办，本单位不能办理。");
    }

    @Test
    void aUnitTheDirectoryDoesNotKnowKeepsItsCode() {
        Letter letter = accepted().nameUnitsWith(DIRECTORY);

        letter.assign(DISPATCHER, NOW, Assignment.to("water", "housing"), null);

        assertThat(letter.history().getLast().remark()).isEqualTo("主办：water，协办：凤县住房和城乡建设局");
    }

    @Test
    void aHistoryLineNamesTheActorsUnitWhenRead() {
        HistoryEntry signed = inProgress().history().getLast();

        assertThat(signed.describe(DIRECTORY)).isEqualTo("承办人 周敏（凤县住房和城乡建设局）签收");
        assertThat(signed.describe()).isEqualTo("承办人 周敏（housing）签收");
    }

    @Test
    void remarksWrittenBeforeNamingStayAsTheyWere() {
        Letter letter = assigned();
        String written = letter.history().getLast().remark();

        letter.nameUnitsWith(DIRECTORY);

        assertThat(letter.history().getLast().remark()).isEqualTo(written).contains("主办：housing");
    }
}
