package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * Every step tried in every situation a letter can be in, by the right person; then every step by
 * someone with the wrong role and by someone of the wrong unit. The table of allowed pairs below is
 * the README's transition table.
 */
class LetterTransitionMatrixTest {

    /** The situations a letter can be in; some states appear twice because what is allowed depends on more than the state. */
    enum Situation {
        SUBMITTED(LetterStatus.SUBMITTED, Scenes::submitted),
        ACCEPTED(LetterStatus.ACCEPTED, Scenes::accepted),
        REJECTED(LetterStatus.REJECTED_INVALID, Scenes::rejected),
        MERGED(LetterStatus.MERGED, Scenes::merged),
        FORWARDED(LetterStatus.FORWARDED_TO_LEADER, Scenes::forwarded),
        ASSIGNED(LetterStatus.ASSIGNED, Scenes::assigned),
        IN_PROGRESS(LetterStatus.IN_PROGRESS, Scenes::inProgress),
        IN_PROGRESS_WITH_EXTENSION_REQUEST(LetterStatus.IN_PROGRESS, Scenes::inProgressWithExtensionRequest),
        RETURNED(LetterStatus.RETURNED, Scenes::returned),
        REPLY_IN_REVIEW(LetterStatus.REPLY_IN_REVIEW, Scenes::inReview),
        ANSWERED_NOT_RATED(LetterStatus.ANSWERED, Scenes::answered),
        ANSWERED_RATED_UNSATISFIED(LetterStatus.ANSWERED, Scenes::answeredUnsatisfied),
        ANSWERED_AGAIN_AFTER_REOPENING(LetterStatus.ANSWERED, Scenes::answeredAgainAfterReopening),
        CLOSED(LetterStatus.CLOSED, Scenes::closed);

        final LetterStatus status;
        final Supplier<Letter> letter;

        Situation(LetterStatus status, Supplier<Letter> letter) {
            this.status = status;
            this.letter = letter;
        }
    }

    /** Each step with the person entitled to it, someone lacking the role, and someone of the wrong unit (or letter). */
    enum Step {
        ACCEPT(DISPATCHER, HOUSING_CLERK, CULTURE_DISPATCHER,
                (l, a) -> l.accept(a, NOW, LetterType.COMPLAINT, CALENDAR.compute(l.receivedOn(), 7))),
        REJECT_INVALID(DISPATCHER, SUPERVISOR, CULTURE_DISPATCHER, (l, a) -> l.rejectAsInvalid(a, NOW, "重复的广告信息")),
        MERGE(DISPATCHER, COUNTY_HEAD_LEADER, CULTURE_DISPATCHER, (l, a) -> l.mergeInto(Scenes.accepted(), a, NOW, null)),
        FORWARD_TO_LEADER(DISPATCHER, HOUSING_CLERK, CULTURE_DISPATCHER,
                (l, a) -> l.forwardToLeader(a, NOW, "zhaoxian", "赵县长", null)),
        ASSIGN(DISPATCHER, COUNTY_HEAD_LEADER, CULTURE_DISPATCHER, (l, a) -> l.assign(a, NOW, Assignment.to("housing"), null)),
        INSTRUCT(COUNTY_HEAD_LEADER, DISPATCHER, DEPUTY_HEAD,
                (l, a) -> l.instruct(a, NOW, Assignment.to("housing"), "请住建局办理。")),
        // The designated leader himself holds no dispatcher role: taking it back is not his to do.
        WITHDRAW_FROM_LEADER(DISPATCHER, COUNTY_HEAD_LEADER, CULTURE_DISPATCHER,
                (l, a) -> l.withdrawFromLeader(a, NOW, "赵县长外出学习，改呈钱副县长")),
        SIGN_FOR(HOUSING_CLERK, DISPATCHER, CULTURE_CLERK, (l, a) -> l.signFor(a, NOW)),
        RETURN(HOUSING_CLERK, SUPERVISOR, CULTURE_CLERK, (l, a) -> l.returnToDispatcher(a, NOW, "不属本单位职责")),
        REQUEST_EXTENSION(HOUSING_CLERK, DISPATCHER, CULTURE_CLERK, (l, a) -> l.requestExtension(a, NOW, 2, "需现场勘查")),
        GRANT_EXTENSION(SUPERVISOR, HOUSING_CLERK, CULTURE_DISPATCHER, (l, a) -> l.grantExtension(a, NOW, 2, null, CALENDAR)),
        REFUSE_EXTENSION(DISPATCHER, HOUSING_HEAD, CULTURE_DISPATCHER, (l, a) -> l.refuseExtension(a, NOW, "理由不充分")),
        SUBMIT_REPLY(HOUSING_CLERK, DISPATCHER, CULTURE_CLERK, (l, a) -> l.submitReply(a, NOW, "已处理。")),
        APPROVE_REPLY(HOUSING_HEAD, HOUSING_CLERK, CULTURE_HEAD, (l, a) -> l.approveReply(a, NOW, null)),
        SEND_BACK_REPLY(DISPATCHER, HOUSING_CLERK, CULTURE_DISPATCHER, (l, a) -> l.sendBackReply(a, NOW, "请写明修复日期")),
        RATE(null, DISPATCHER, null, (l, a) -> l.rate(a, NOW, Rating.BASICALLY_SATISFIED, null)),
        REOPEN(null, HOUSING_CLERK, null, (l, a) -> l.reopen(a, NOW, "问题没有解决", CALENDAR)),
        CLOSE(DISPATCHER, HOUSING_HEAD, CULTURE_DISPATCHER, (l, a) -> l.close(a, NOW, "来信人逾期未评价")),
        ASSISTING_OPINION(POWER_SUPPLY_CLERK, DISPATCHER, CULTURE_CLERK,
                (l, a) -> l.recordAssistingOpinion(a, NOW, "线缆已于10月8日更换，可通电。"));

        private final Actor right;
        private final Actor wrongRole;
        private final Actor wrongUnit;
        private final BiFunction<Letter, Actor, LetterEvent> perform;

        Step(Actor right, Actor wrongRole, Actor wrongUnit, BiFunction<Letter, Actor, LetterEvent> perform) {
            this.right = right;
            this.wrongRole = wrongRole;
            this.wrongUnit = wrongUnit;
            this.perform = perform;
        }

        // Citizens are entitled by the letter's own tracking code, so their actor depends on the letter.
        Actor rightFor(Letter letter) {
            return right != null ? right : citizenOf(letter);
        }

        Actor wrongUnitFor(Letter letter) {
            return wrongUnit != null ? wrongUnit : Actor.citizen(Scenes.newCode());
        }

        LetterEvent performBy(Letter letter, Actor actor) {
            return perform.apply(letter, actor);
        }
    }

    /** What the right person may do in each situation: everything else is refused with 409. */
    static final Map<Situation, Set<Step>> ALLOWED = Map.ofEntries(
            Map.entry(Situation.SUBMITTED, EnumSet.of(Step.ACCEPT, Step.REJECT_INVALID, Step.MERGE)),
            Map.entry(Situation.ACCEPTED, EnumSet.of(Step.FORWARD_TO_LEADER, Step.ASSIGN)),
            Map.entry(Situation.REJECTED, EnumSet.noneOf(Step.class)),
            Map.entry(Situation.MERGED, EnumSet.noneOf(Step.class)),
            Map.entry(Situation.FORWARDED, EnumSet.of(Step.INSTRUCT, Step.WITHDRAW_FROM_LEADER)),
            Map.entry(Situation.ASSIGNED, EnumSet.of(Step.SIGN_FOR, Step.RETURN, Step.REQUEST_EXTENSION)),
            Map.entry(Situation.IN_PROGRESS,
                    EnumSet.of(Step.RETURN, Step.REQUEST_EXTENSION, Step.SUBMIT_REPLY, Step.ASSISTING_OPINION)),
            Map.entry(Situation.IN_PROGRESS_WITH_EXTENSION_REQUEST, EnumSet.of(Step.RETURN, Step.GRANT_EXTENSION,
                    Step.REFUSE_EXTENSION, Step.SUBMIT_REPLY, Step.ASSISTING_OPINION)),
            Map.entry(Situation.RETURNED, EnumSet.of(Step.FORWARD_TO_LEADER, Step.ASSIGN)),
            Map.entry(Situation.REPLY_IN_REVIEW, EnumSet.of(Step.APPROVE_REPLY, Step.SEND_BACK_REPLY)),
            Map.entry(Situation.ANSWERED_NOT_RATED, EnumSet.of(Step.RATE, Step.CLOSE)),
            Map.entry(Situation.ANSWERED_RATED_UNSATISFIED, EnumSet.of(Step.REOPEN, Step.CLOSE)),
            Map.entry(Situation.ANSWERED_AGAIN_AFTER_REOPENING, EnumSet.of(Step.CLOSE)),
            Map.entry(Situation.CLOSED, EnumSet.noneOf(Step.class)));

    static Stream<Arguments> everyStepInEverySituation() {
        List<Arguments> pairs = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (Step step : Step.values()) {
                pairs.add(Arguments.of(situation, step, ALLOWED.get(situation).contains(step)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "in situation {0}, {1} is allowed: {2}")
    @MethodSource("everyStepInEverySituation")
    @DisplayName("each step is allowed exactly in the situations of the transition table; elsewhere it is refused and nothing changes")
    void eachStepIsAllowedOnlyWhereTheTableSays(Situation situation, Step step, boolean allowed) {
        Letter letter = situation.letter.get();
        assertThat(letter.status()).isEqualTo(situation.status);
        int historyBefore = letter.history().size();
        int eventsBefore = letter.events().size();

        if (allowed) {
            LetterEvent event = step.performBy(letter, step.rightFor(letter));
            assertThat(letter.history()).hasSize(historyBefore + 1);
            assertThat(letter.history().getLast().action().name()).isEqualTo(step.name());
            assertThat(letter.events()).hasSize(eventsBefore + 1).last().isEqualTo(event);
            assertThat(event.statusAfter()).isEqualTo(letter.status());
        }
        else {
            DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                    () -> step.performBy(letter, step.rightFor(letter)));
            assertThat(refusal).as("refused").isNotNull();
            assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refusal.getMessage()).isNotBlank();
            assertThat(letter.status()).isEqualTo(situation.status);
            assertThat(letter.history()).hasSize(historyBefore);
            assertThat(letter.events()).hasSize(eventsBefore);
        }
    }

    static Stream<Arguments> everyStepWhereItIsAllowed() {
        return Stream.of(Step.values()).map(step -> Arguments.of(step, ALLOWED.entrySet().stream()
                .filter(e -> e.getValue().contains(step)).map(Map.Entry::getKey).findFirst().orElseThrow()));
    }

    @ParameterizedTest(name = "{0} by someone without the role, in situation {1}")
    @MethodSource("everyStepWhereItIsAllowed")
    @DisplayName("someone without the role for a step is refused with 403 and the letter stays as it was")
    void someoneWithoutTheRoleIsRefused(Step step, Situation situation) {
        Letter letter = situation.letter.get();
        int historyBefore = letter.history().size();

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> step.performBy(letter, step.wrongRole));

        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal.code()).isEqualTo("letter-role-not-allowed");
        assertThat(letter.status()).isEqualTo(situation.status);
        assertThat(letter.history()).hasSize(historyBefore);
    }

    @ParameterizedTest(name = "{0} by someone of another unit (or letter), in situation {1}")
    @MethodSource("everyStepWhereItIsAllowed")
    @DisplayName("someone with the right role but from another unit, or a citizen with another letter's code, is refused with 403")
    void someoneOfAnotherUnitIsRefused(Step step, Situation situation) {
        Letter letter = situation.letter.get();
        int historyBefore = letter.history().size();

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> step.performBy(letter, step.wrongUnitFor(letter)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal.code()).isEqualTo("letter-other-unit");
        assertThat(letter.status()).isEqualTo(situation.status);
        assertThat(letter.history()).hasSize(historyBefore);
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    @DisplayName("a clerk of another unit never sees the letter, whatever its state")
    void aClerkOfAnotherUnitNeverSeesTheLetter(Situation situation) {
        Letter letter = situation.letter.get();

        assertThat(letter.isVisibleTo(CULTURE_CLERK)).isFalse();
        assertThat(letter.isVisibleTo(CULTURE_DISPATCHER)).isFalse();
        assertThat(letter.isVisibleTo(Actor.citizen(Scenes.newCode()))).isFalse();
        assertThat(letter.isVisibleTo(DISPATCHER)).isTrue();
        assertThat(letter.isVisibleTo(SUPERVISOR)).isTrue();
        assertThat(letter.isVisibleTo(citizenOf(letter))).isTrue();
    }
}
