package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengtong.mailbox.letter.LetterTransitionMatrixTest.Situation;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * 撤回/改派: a letter waiting for a leader who will not instruct it (a mistyped account, a leader on
 * leave) is taken back by the mailbox's dispatcher or a supervisor, accepted again, and forwarded
 * elsewhere. Who may, in which state, and what everyone sees afterwards.
 */
class WithdrawingFromLeaderTest {

    @Test
    void theDispatcherTakesTheLetterBackFromTheLeaderWithTheReasonInTheHistory() {
        Letter letter = forwarded();

        LetterEvent event = letter.withdrawFromLeader(DISPATCHER, NOW, "  赵县长外出学习，改呈钱副县长 ");

        assertThat(letter.status()).isEqualTo(LetterStatus.ACCEPTED);
        assertThat(letter.designatedLeader()).isEmpty();
        assertThat(event.name()).isEqualTo("LetterWithdrawnFromLeader");
        HistoryEntry last = letter.history().getLast();
        assertThat(last.action()).isEqualTo(LetterAction.WITHDRAW_FROM_LEADER);
        assertThat(last.role()).isEqualTo(Role.DISPATCHER);
        assertThat(last.statusAfter()).isEqualTo(LetterStatus.ACCEPTED);
        assertThat(last.remark()).isEqualTo("撤回呈送赵县长的批办：赵县长外出学习，改呈钱副县长");
        assertThat(last.describe()).isEqualTo("分办员 李娜（gov-office）撤回领导批办：撤回呈送赵县长的批办：赵县长外出学习，改呈钱副县长");
    }

    @Test
    void aSupervisorMayTakeBackALetterOfAnyMailbox() {
        Letter letter = forwarded();

        letter.withdrawFromLeader(SUPERVISOR, NOW, "领导长期外出，督查改派");

        assertThat(letter.status()).isEqualTo(LetterStatus.ACCEPTED);
        assertThat(letter.history().getLast().role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void theLeaderLosesTheLetterAndMayNoLongerInstructIt() {
        Letter letter = forwarded();
        assertThat(letter.isVisibleTo(COUNTY_HEAD_LEADER)).isTrue();

        letter.withdrawFromLeader(DISPATCHER, NOW, "账号填错");

        assertThat(letter.isVisibleTo(COUNTY_HEAD_LEADER)).isFalse();
        assertThat(letter.allowedActions(COUNTY_HEAD_LEADER, NOW)).isEmpty();
        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.instruct(COUNTY_HEAD_LEADER, NOW, Assignment.to("housing"), "请住建局办理。"));
        assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theLetterIsForwardedToAnotherLeaderAndKeepsItsDueDate() {
        Letter letter = forwarded();
        var due = letter.dueDate();
        letter.withdrawFromLeader(DISPATCHER, NOW, "赵县长外出学习");

        letter.forwardToLeader(DISPATCHER, NOW, "qianfu", "钱副县长", null);
        letter.instruct(DEPUTY_HEAD, NOW, Assignment.to("housing"), "请住建局办理。");

        assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
        assertThat(letter.dueDate()).isEqualTo(due);
        assertThat(letter.isVisibleTo(COUNTY_HEAD_LEADER)).isFalse();
    }

    @Test
    void theDispatcherMayInsteadAssignTheLetterDirectly() {
        Letter letter = forwarded();
        letter.withdrawFromLeader(DISPATCHER, NOW, "常规问题，无需领导批办");

        letter.assign(DISPATCHER, NOW, Assignment.to("housing"), null);

        assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
    }

    static Stream<Arguments> everyoneWhoMayNot() {
        return Stream.of(
                Arguments.of("the designated leader himself", COUNTY_HEAD_LEADER, "letter-role-not-allowed"),
                Arguments.of("another leader", DEPUTY_HEAD, "letter-role-not-allowed"),
                Arguments.of("a department's clerk", HOUSING_CLERK, "letter-role-not-allowed"),
                Arguments.of("a department's head", HOUSING_HEAD, "letter-role-not-allowed"),
                Arguments.of("a clerk without a letter role", EDITOR, "letter-role-not-allowed"),
                Arguments.of("the dispatcher of another unit's mailbox", CULTURE_DISPATCHER, "letter-other-unit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyoneWhoMayNot")
    void onlyTheMailboxsDispatcherOrASupervisorMayTakeItBack(String who, Actor actor, String code) {
        Letter letter = forwarded();

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.withdrawFromLeader(actor, NOW, "改派"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(letter.status()).isEqualTo(LetterStatus.FORWARDED_TO_LEADER);
        assertThat(letter.designatedLeader()).contains("zhaoxian");
        assertThat(letter.events()).extracting(LetterEvent::name).doesNotContain("LetterWithdrawnFromLeader");
    }

    @Test
    void aCitizenMayNotTakeItBack() {
        Letter letter = forwarded();

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.withdrawFromLeader(citizenOf(letter), NOW, "改派"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(letter.status()).isEqualTo(LetterStatus.FORWARDED_TO_LEADER);
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = "FORWARDED", mode = EnumSource.Mode.EXCLUDE)
    void aLetterNotWaitingForALeaderCannotBeTakenBack(Situation situation) {
        for (Actor actor : new Actor[] {DISPATCHER, SUPERVISOR}) {
            Letter letter = situation.letter.get();
            int historyBefore = letter.history().size();

            DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                    () -> letter.withdrawFromLeader(actor, NOW, "改派"));

            assertThat(refusal.status()).as("%s by %s", situation, actor.username()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refusal.getMessage()).contains("不能「撤回领导批办」");
            assertThat(letter.status()).isEqualTo(situation.status);
            assertThat(letter.history()).hasSize(historyBefore);
        }
    }

    @Test
    void withoutAReasonNothingIsTakenBack() {
        for (String blank : new String[] {null, "", "   "}) {
            Letter letter = forwarded();

            DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                    () -> letter.withdrawFromLeader(DISPATCHER, NOW, blank));

            assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(refusal.getMessage()).isEqualTo("撤回理由不能为空。");
            assertThat(letter.status()).isEqualTo(LetterStatus.FORWARDED_TO_LEADER);
            assertThat(letter.designatedLeader()).contains("zhaoxian");
        }
    }

    @Test
    void theWrongStateIsReportedBeforeTheWrongRole() {
        // The state machine's order (state 409, then role 403): a leader on an accepted letter hears about the state.
        EnumSet<LetterStatus> notWaiting = EnumSet.complementOf(EnumSet.of(LetterStatus.FORWARDED_TO_LEADER));
        Letter letter = accepted();
        assertThat(notWaiting).contains(letter.status());

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> letter.withdrawFromLeader(HOUSING_CLERK, NOW, "改派"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
    }
}
