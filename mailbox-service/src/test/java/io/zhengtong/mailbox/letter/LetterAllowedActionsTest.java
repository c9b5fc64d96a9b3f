package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.LetterAction.*;
import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.LetterTransitionMatrixTest.Situation;
import io.zhengtong.mailbox.letter.LetterTransitionMatrixTest.Step;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * The buttons a clerk sees on a letter: exactly the steps the letter would accept from them now,
 * decided by the same guards as the steps themselves.
 */
class LetterAllowedActionsTest {

    static final List<Actor> EVERYONE = List.of(DISPATCHER, CULTURE_DISPATCHER, COUNTY_HEAD_LEADER, DEPUTY_HEAD,
            HOUSING_CLERK, HOUSING_HEAD, CULTURE_CLERK, CULTURE_HEAD, SUPERVISOR, EDITOR, POWER_SUPPLY_CLERK, POWER_SUPPLY_HEAD);

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("新来信", Situation.SUBMITTED, DISPATCHER, List.of(ACCEPT, REJECT_INVALID, MERGE)),
                Arguments.of("新来信", Situation.SUBMITTED, CULTURE_DISPATCHER, List.of()),
                Arguments.of("新来信", Situation.SUBMITTED, SUPERVISOR, List.of()),
                Arguments.of("已受理", Situation.ACCEPTED, DISPATCHER, List.of(FORWARD_TO_LEADER, ASSIGN)),
                Arguments.of("已退回", Situation.RETURNED, DISPATCHER, List.of(FORWARD_TO_LEADER, ASSIGN)),
                Arguments.of("已退回", Situation.RETURNED, HOUSING_CLERK, List.of()),
                Arguments.of("待批办", Situation.FORWARDED, COUNTY_HEAD_LEADER, List.of(INSTRUCT)),
                Arguments.of("待批办", Situation.FORWARDED, DEPUTY_HEAD, List.of()),
                Arguments.of("待批办", Situation.FORWARDED, DISPATCHER, List.of(WITHDRAW_FROM_LEADER)),
                Arguments.of("待批办", Situation.FORWARDED, SUPERVISOR, List.of(WITHDRAW_FROM_LEADER)),
                Arguments.of("待批办", Situation.FORWARDED, CULTURE_DISPATCHER, List.of()),
                Arguments.of("待批办", Situation.FORWARDED, HOUSING_CLERK, List.of()),
                Arguments.of("待签收", Situation.ASSIGNED, HOUSING_CLERK, List.of(SIGN_FOR, REQUEST_EXTENSION, RETURN)),
                Arguments.of("待签收", Situation.ASSIGNED, HOUSING_HEAD, List.of(SIGN_FOR, REQUEST_EXTENSION, RETURN)),
                Arguments.of("待签收", Situation.ASSIGNED, CULTURE_CLERK, List.of()),
                Arguments.of("待签收", Situation.ASSIGNED, DISPATCHER, List.of()),
                Arguments.of("办理中", Situation.IN_PROGRESS, HOUSING_CLERK, List.of(SUBMIT_REPLY, REQUEST_EXTENSION, RETURN)),
                Arguments.of("办理中", Situation.IN_PROGRESS, SUPERVISOR, List.of()),
                Arguments.of("办理中", Situation.IN_PROGRESS, POWER_SUPPLY_CLERK, List.of(ASSISTING_OPINION)),
                Arguments.of("办理中", Situation.IN_PROGRESS, POWER_SUPPLY_HEAD, List.of(ASSISTING_OPINION)),
                Arguments.of("待签收", Situation.ASSIGNED, POWER_SUPPLY_CLERK, List.of()),
                Arguments.of("答复审核中", Situation.REPLY_IN_REVIEW, POWER_SUPPLY_HEAD, List.of()),
                Arguments.of("有延期申请", Situation.IN_PROGRESS_WITH_EXTENSION_REQUEST, HOUSING_CLERK, List.of(SUBMIT_REPLY, RETURN)),
                Arguments.of("有延期申请", Situation.IN_PROGRESS_WITH_EXTENSION_REQUEST, DISPATCHER,
                        List.of(GRANT_EXTENSION, REFUSE_EXTENSION)),
                Arguments.of("有延期申请", Situation.IN_PROGRESS_WITH_EXTENSION_REQUEST, SUPERVISOR,
                        List.of(GRANT_EXTENSION, REFUSE_EXTENSION)),
                Arguments.of("有延期申请", Situation.IN_PROGRESS_WITH_EXTENSION_REQUEST, CULTURE_DISPATCHER, List.of()),
                Arguments.of("答复审核中", Situation.REPLY_IN_REVIEW, HOUSING_HEAD, List.of(APPROVE_REPLY, SEND_BACK_REPLY)),
                Arguments.of("答复审核中", Situation.REPLY_IN_REVIEW, DISPATCHER, List.of(APPROVE_REPLY, SEND_BACK_REPLY)),
                Arguments.of("答复审核中", Situation.REPLY_IN_REVIEW, HOUSING_CLERK, List.of()),
                Arguments.of("答复审核中", Situation.REPLY_IN_REVIEW, CULTURE_HEAD, List.of()),
                Arguments.of("已答复", Situation.ANSWERED_NOT_RATED, DISPATCHER, List.of(CLOSE)),
                Arguments.of("已答复", Situation.ANSWERED_NOT_RATED, SUPERVISOR, List.of(CLOSE)),
                Arguments.of("已答复", Situation.ANSWERED_NOT_RATED, HOUSING_HEAD, List.of()),
                Arguments.of("已办结", Situation.CLOSED, DISPATCHER, List.of()),
                Arguments.of("已办结", Situation.CLOSED, SUPERVISOR, List.of()),
                Arguments.of("不予受理", Situation.REJECTED, DISPATCHER, List.of()),
                Arguments.of("已合并", Situation.MERGED, DISPATCHER, List.of()));
    }

    @ParameterizedTest(name = "{0}: {2} may {3}")
    @MethodSource("expectations")
    @DisplayName("each clerk is offered the steps of their role and unit in the letter's state, in button order")
    void eachClerkIsOfferedTheStepsOfTheirRoleAndUnit(String label, Situation situation, Actor clerk, List<LetterAction> expected) {
        assertThat(situation.letter.get().allowedActions(clerk, NOW)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLeaderWhoDraftedTheReplyMaySendItBackButNotApproveIt() {
        Letter letter = inProgress();
        letter.submitReply(HOUSING_HEAD, NOW, "路灯已修复。");

        assertThat(letter.allowedActions(HOUSING_HEAD, NOW)).containsExactly(SEND_BACK_REPLY);
        assertThat(letter.allowedActions(DISPATCHER, NOW)).containsExactly(APPROVE_REPLY, SEND_BACK_REPLY);
    }

    @Test
    void anOverdueLetterNoLongerOffersAnExtensionRequest() {
        Letter letter = inProgress();
        assertThat(letter.dueDate()).hasValue(java.time.LocalDate.parse("2025-10-15"));

        assertThat(letter.allowedActions(HOUSING_CLERK, shanghai("2025-10-15T23:00"))).contains(REQUEST_EXTENSION);
        assertThat(letter.allowedActions(HOUSING_CLERK, shanghai("2025-10-16T08:00")))
            .containsExactly(SUBMIT_REPLY, RETURN);
    }

    @Test
    void citizensAndClerksWithoutALetterRoleAreOfferedNothing() {
        Letter letter = submitted();

        assertThat(letter.allowedActions(EDITOR, NOW)).isEmpty();
        assertThat(letter.allowedActions(citizenOf(letter), NOW)).isEmpty();
    }

    static Stream<Arguments> everyoneInEverySituation() {
        List<Arguments> cases = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (Actor clerk : EVERYONE) {
                cases.add(Arguments.of(situation, clerk));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyoneInEverySituation")
    @DisplayName("a step is offered exactly when taking it with valid input would not be refused for state, role, unit or precondition")
    void theOfferAndTheStepNeverDisagree(Situation situation, Actor clerk) {
        List<LetterAction> offered = situation.letter.get().allowedActions(clerk, NOW);
        for (LetterAction action : Letter.STAFF_STEPS) {
            Letter letter = situation.letter.get();
            boolean accepted;
            try {
                Step.valueOf(action.name()).performBy(letter, clerk);
                accepted = true;
            }
            catch (DomainRuleViolation refused) {
                // 422 is about the input of the test's call, not about who may take the step when.
                accepted = refused.status() == HttpStatus.UNPROCESSABLE_CONTENT;
            }
            assertThat(offered.contains(action)).as("%s offered to %s in %s", action, clerk.username(), situation)
                .isEqualTo(accepted);
        }
    }
}
