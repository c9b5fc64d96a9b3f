package io.zhengtong.exchange.handling;

import static io.zhengtong.exchange.outgoing.Drafts.MONDAY_9;
import static io.zhengtong.exchange.workflow.People.CHEN_JING;
import static io.zhengtong.exchange.workflow.People.GUO_PING;
import static io.zhengtong.exchange.workflow.People.LIU_YANG;
import static io.zhengtong.exchange.workflow.People.YANG_MIN;
import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHAO_LEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.handling.IncomingHandling.Assignee;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

class IncomingHandlingTest {

    static final Instant LATER = MONDAY_9.plus(Duration.ofHours(4));
    static final Assignee ZHU = new Assignee("zhu.hong", "朱红", "culture-tourism", true);
    static final Assignee GUO = new Assignee("guo.ping", "郭平", "culture-tourism", true);

    /** Where the handling can stand; IN_HANDLING has 郭平's part open, ALL_PARTS_FINISHED has none open. */
    enum Situation {
        REGISTERED, PROPOSED, IN_HANDLING, ALL_PARTS_FINISHED, COMPLETED, ARCHIVED
    }

    static IncomingHandling in(Situation situation) {
        IncomingHandling handling = IncomingHandling.register(UUID.randomUUID(),
                Copies.in(DeliveryStatus.SIGNED_FOR, MONDAY_9), ZHU_HONG, "收文登记", MONDAY_9.plusSeconds(600));
        Instant at = MONDAY_9.plusSeconds(1200);
        if (situation.ordinal() >= Situation.PROPOSED.ordinal()) {
            handling.propose(ZHU_HONG, "拟请陈局长阅示，由办公室和产业股办理", at);
        }
        if (situation.ordinal() >= Situation.IN_HANDLING.ordinal()) {
            handling.instruct(CHEN_JING, "同意，朱红、郭平抓紧落实", List.of(ZHU, GUO), at);
            handling.finishPart(ZHU_HONG, "已通知各景区", at);
        }
        if (situation.ordinal() >= Situation.ALL_PARTS_FINISHED.ordinal()) {
            handling.finishPart(GUO_PING, "已完成防火检查", at);
        }
        if (situation.ordinal() >= Situation.COMPLETED.ordinal()) {
            handling.complete(ZHU_HONG, "已按要求落实", at);
        }
        if (situation == Situation.ARCHIVED) {
            handling.archive(ZHU_HONG, "", at);
        }
        handling.pullEvents();
        return handling;
    }

    enum Step {
        PROPOSE((h, at) -> h.propose(ZHU_HONG, "拟请局长阅示", at), HandlingStatus.PROPOSED),
        INSTRUCT((h, at) -> h.instruct(CHEN_JING, "请郭平办理", List.of(GUO), at), HandlingStatus.IN_HANDLING),
        FINISH_PART((h, at) -> h.finishPart(GUO_PING, "已办理", at), HandlingStatus.IN_HANDLING),
        COMPLETE((h, at) -> h.complete(ZHU_HONG, "办结", at), HandlingStatus.COMPLETED),
        ARCHIVE((h, at) -> h.archive(ZHU_HONG, "2026年文书档案", at), HandlingStatus.ARCHIVED);

        final BiConsumer<IncomingHandling, Instant> action;
        final HandlingStatus next;

        Step(BiConsumer<IncomingHandling, Instant> action, HandlingStatus next) {
            this.action = action;
            this.next = next;
        }
    }

    static final Map<Step, Situation> ALLOWED_IN = Map.of(Step.PROPOSE, Situation.REGISTERED, Step.INSTRUCT,
            Situation.PROPOSED, Step.FINISH_PART, Situation.IN_HANDLING, Step.COMPLETE, Situation.ALL_PARTS_FINISHED,
            Step.ARCHIVE, Situation.COMPLETED);

    static Stream<Arguments> everyStepInEverySituation() {
        return Arrays.stream(Situation.values())
            .flatMap(s -> Arrays.stream(Step.values()).map(step -> arguments(s, step, ALLOWED_IN.get(step) == s)));
    }

    @ParameterizedTest(name = "{1} when {0}: allowed = {2}")
    @MethodSource("everyStepInEverySituation")
    void eachHandlingStepComesOnlyInItsTurn(Situation situation, Step step, boolean allowed) {
        IncomingHandling handling = in(situation);
        HandlingStatus before = handling.status();
        int stepsBefore = handling.steps().size();

        if (allowed) {
            step.action.accept(handling, LATER);
            assertThat(handling.status()).isEqualTo(step.next);
            assertThat(handling.steps()).hasSize(stepsBefore + 1);
        } else {
            assertThatThrownBy(() -> step.action.accept(handling, LATER))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.status().value()).isEqualTo(409));
            assertThat(handling.status()).isEqualTo(before);
            assertThat(handling.steps()).hasSize(stepsBefore);
            assertThat(handling.pullEvents()).isEmpty();
        }
    }

    static Stream<Arguments> peopleWhoMayNotDoAHandlingStep() {
        return Stream.of(
                arguments(Situation.REGISTERED, Step.PROPOSE, ZHAO_LEI, "wrong-unit"),
                arguments(Situation.REGISTERED, Step.PROPOSE, ZHANG_WEI, "wrong-unit"),
                arguments(Situation.PROPOSED, Step.INSTRUCT, ZHU_HONG, "wrong-role"),
                arguments(Situation.PROPOSED, Step.INSTRUCT, YANG_MIN, "wrong-role"),
                arguments(Situation.PROPOSED, Step.INSTRUCT, LIU_YANG, "wrong-unit"),
                arguments(Situation.IN_HANDLING, Step.FINISH_PART, CHEN_JING, "not-a-handler"),
                arguments(Situation.IN_HANDLING, Step.FINISH_PART, ZHAO_LEI, "wrong-unit"),
                arguments(Situation.ALL_PARTS_FINISHED, Step.COMPLETE, ZHANG_WEI, "wrong-unit"),
                arguments(Situation.COMPLETED, Step.ARCHIVE, ZHAO_LEI, "wrong-unit"));
    }

    @ParameterizedTest(name = "{2} may not {1}: {3}")
    @MethodSource("peopleWhoMayNotDoAHandlingStep")
    void onlyTheReceivingUnitsPeopleInTheirRoleMayHandleIt(Situation situation, Step step, CurrentUser who,
            String code) {
        IncomingHandling handling = in(situation);

        assertThatThrownBy(() -> {
            switch (step) {
                case PROPOSE -> handling.propose(who, "拟办", LATER);
                case INSTRUCT -> handling.instruct(who, "批办", List.of(GUO), LATER);
                case FINISH_PART -> handling.finishPart(who, "已办", LATER);
                case COMPLETE -> handling.complete(who, "办结", LATER);
                case ARCHIVE -> handling.archive(who, "", LATER);
            }
        }).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().value()).isEqualTo(403);
        });
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"DELIVERED", "READ", "RETURNED"})
    void onlyASignedForDocumentCanBeRegistered(DeliveryStatus status) {
        assertThatThrownBy(() -> IncomingHandling.register(UUID.randomUUID(), Copies.in(status, MONDAY_9), ZHU_HONG, "",
                LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.code()).isEqualTo("not-signed-for");
                assertThat(e.getMessage()).contains(status.label());
            });
    }

    @Test
    void theSenderCannotRegisterTheRecipientsCopy() {
        assertThatThrownBy(() -> IncomingHandling.register(UUID.randomUUID(),
                Copies.in(DeliveryStatus.SIGNED_FOR, MONDAY_9), ZHANG_WEI, "", LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("wrong-unit"));
    }

    @Test
    void everyStepKeepsItsActorAndOpinionFromRegistrationToArchive() {
        IncomingHandling handling = in(Situation.ARCHIVED);

        assertThat(handling.steps()).extracting(HistoryEntry::action).containsExactly(AuditAction.REGISTERED,
                AuditAction.PROPOSED, AuditAction.INSTRUCTED, AuditAction.HANDLED, AuditAction.HANDLED,
                AuditAction.COMPLETED, AuditAction.ARCHIVED);
        assertThat(handling.steps()).extracting(HistoryEntry::actorName)
            .containsExactly("朱红", "朱红", "陈静", "朱红", "郭平", "朱红", "朱红");
        assertThat(handling.steps().get(2).remark()).isEqualTo("同意，朱红、郭平抓紧落实（承办：朱红、郭平）");
        assertThat(handling.steps().get(4).remark()).isEqualTo("已完成防火检查");
        assertThat(handling.steps()).allSatisfy(s -> assertThat(s.unitCode()).isEqualTo("culture-tourism"));
    }

    @Test
    void theLeaderMustNameAtLeastOneHandler() {
        IncomingHandling handling = in(Situation.PROPOSED);

        assertThatThrownBy(() -> handling.instruct(CHEN_JING, "阅", List.of(), LATER))
            .hasMessage("批办时至少要指定一名承办人。");
        assertThat(handling.status()).isEqualTo(HandlingStatus.PROPOSED);
    }

    @Test
    void aHandlerFromAnotherUnitCannotBeAssignedEvenIfStaffThere() {
        IncomingHandling handling = in(Situation.PROPOSED);

        assertThatThrownBy(() -> handling.instruct(CHEN_JING, "请办理",
                List.of(GUO, new Assignee("zhao.lei", "赵磊", "education", true)), LATER))
            .isInstanceOfSatisfying(UnsuitableHandlers.class, e -> assertThat(e.reasons()).containsExactly("赵磊不是本单位的承办人员"))
            .hasMessage("赵磊不是本单位的承办人员。");
    }

    @Test
    void aMemberOfTheUnitWithoutTheStaffRoleCannotBeAssignedAndNothingChanges() {
        IncomingHandling handling = in(Situation.PROPOSED);
        List<HistoryEntry> before = handling.steps();

        assertThatThrownBy(() -> handling.instruct(CHEN_JING, "请办理",
                List.of(GUO, new Assignee("fan.jianguo", "范建国", "culture-tourism", false)), LATER))
            .isInstanceOfSatisfying(UnsuitableHandlers.class, e -> {
                assertThat(e.status().value()).isEqualTo(422);
                assertThat(e.code()).isEqualTo("unsuitable-handlers");
                assertThat(e.reasons()).containsExactly("范建国不是本单位的承办人员");
            });
        assertThat(handling.status()).isEqualTo(HandlingStatus.PROPOSED);
        assertThat(handling.handlers()).isEmpty();
        assertThat(handling.steps()).isEqualTo(before);
        assertThat(handling.pullEvents()).isEmpty();
    }

    @Test
    void everyoneWhoMayNotHandleItIsNamedInOneRefusalInTheOrderTheLeaderNamedThem() {
        IncomingHandling handling = in(Situation.PROPOSED);

        assertThatThrownBy(() -> handling.instruct(CHEN_JING, "请办理", List.of(Assignee.unknown("no.such.person"), GUO,
                new Assignee("fan.jianguo", "范建国", "culture-tourism", false),
                new Assignee("zhao.lei", "赵磊", "education", true)), LATER))
            .isInstanceOfSatisfying(UnsuitableHandlers.class, e -> assertThat(e.reasons()).containsExactly(
                    "系统中没有用户“no.such.person”", "范建国不是本单位的承办人员", "赵磊不是本单位的承办人员"));
    }

    @Test
    void theSameHandlerCannotBeAssignedTwice() {
        IncomingHandling handling = in(Situation.PROPOSED);

        assertThatThrownBy(() -> handling.instruct(CHEN_JING, "请办理", List.of(GUO, GUO), LATER))
            .hasMessage("“郭平”被指定了两次。");
    }

    @Test
    void theHandlingCannotBeCompletedWhileAHandlerIsStillWorking() {
        IncomingHandling handling = in(Situation.IN_HANDLING);

        assertThatThrownBy(() -> handling.complete(ZHU_HONG, "办结", LATER)).hasMessage("尚有承办人未办完：郭平。");
        assertThat(handling.allPartsFinished()).isFalse();
    }

    @Test
    void aHandlerWhoFinishedCannotFinishAgain() {
        IncomingHandling handling = in(Situation.IN_HANDLING);

        assertThatThrownBy(() -> handling.finishPart(ZHU_HONG, "再次办理", LATER)).hasMessage("朱红已经办完自己承办的部分。");
    }

    @Test
    void theLastHandlerFinishingSaysSoToTheOffice() {
        IncomingHandling handling = in(Situation.IN_HANDLING);

        handling.finishPart(GUO_PING, "已完成防火检查", LATER);

        assertThat(handling.pullEvents()).singleElement().isInstanceOfSatisfying(HandlingPartFinished.class,
                e -> assertThat(e.allFinished()).isTrue());
        assertThat(handling.handlers()).allSatisfy(h -> assertThat(h.finished()).isTrue());
    }

    @Test
    void proposingWithoutAnOpinionIsRefused() {
        IncomingHandling handling = in(Situation.REGISTERED);

        assertThatThrownBy(() -> handling.propose(ZHU_HONG, "", LATER)).hasMessage("拟办意见不能为空。");
    }

    @Test
    void theOfficeIsOfferedOnlyTheStepItsPeopleMayTakeNow() {
        assertThat(in(Situation.REGISTERED).allowedActions(ZHU_HONG)).containsExactly(HandlingAction.PROPOSE);
        assertThat(in(Situation.PROPOSED).allowedActions(ZHU_HONG)).isEmpty();
        assertThat(in(Situation.PROPOSED).allowedActions(CHEN_JING)).containsExactly(HandlingAction.INSTRUCT);
        assertThat(in(Situation.IN_HANDLING).allowedActions(GUO_PING)).containsExactly(HandlingAction.FINISH);
        assertThat(in(Situation.IN_HANDLING).allowedActions(ZHU_HONG)).isEmpty();
        assertThat(in(Situation.ALL_PARTS_FINISHED).allowedActions(ZHU_HONG)).containsExactly(HandlingAction.COMPLETE);
        assertThat(in(Situation.COMPLETED).allowedActions(GUO_PING)).containsExactly(HandlingAction.ARCHIVE);
        assertThat(in(Situation.ARCHIVED).allowedActions(ZHU_HONG)).isEmpty();
    }

    @Test
    void anotherUnitIsOfferedNothingEvenItsLeader() {
        assertThat(in(Situation.PROPOSED).allowedActions(LIU_YANG)).isEmpty();
        assertThat(in(Situation.REGISTERED).allowedActions(ZHAO_LEI)).isEmpty();
    }

    @Test
    void onlyTheReceivingUnitsStaffMayRegisterAndOnlyOnceSignedFor() {
        assertThat(IncomingHandling.mayRegister(ZHU_HONG, Copies.in(DeliveryStatus.SIGNED_FOR, MONDAY_9))).isTrue();
        assertThat(IncomingHandling.mayRegister(ZHU_HONG, Copies.in(DeliveryStatus.READ, MONDAY_9))).isFalse();
        assertThat(IncomingHandling.mayRegister(ZHANG_WEI, Copies.in(DeliveryStatus.SIGNED_FOR, MONDAY_9))).isFalse();
    }

    @Test
    void aStoredHandlingComesBackWithItsStepsHandlersAndStatus() {
        IncomingHandling handling = in(Situation.IN_HANDLING);

        IncomingHandling restored = IncomingHandling.restore(handling.snapshot());

        assertThat(restored.snapshot()).isEqualTo(handling.snapshot());
        assertThat(restored.allowedActions(GUO_PING)).containsExactly(HandlingAction.FINISH);
        restored.finishPart(GUO_PING, "已完成防火检查", LATER);
        assertThat(restored.allPartsFinished()).isTrue();
    }

    @Test
    void theRestApiNamesTheStepsInLowerCase() {
        assertThat(HandlingAction.ofPath("Instruct")).contains(HandlingAction.INSTRUCT);
        assertThat(HandlingAction.ofPath("approve")).isEmpty();
    }
}
