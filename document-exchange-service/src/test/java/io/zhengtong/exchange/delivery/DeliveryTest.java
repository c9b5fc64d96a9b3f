package io.zhengtong.exchange.delivery;

import static io.zhengtong.exchange.delivery.Copies.DIGEST;
import static io.zhengtong.exchange.delivery.Copies.DOCUMENT;
import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.EDUCATION;
import static io.zhengtong.exchange.outgoing.Drafts.MONDAY_9;
import static io.zhengtong.exchange.workflow.People.CHEN_JING;
import static io.zhengtong.exchange.workflow.People.CITIZEN;
import static io.zhengtong.exchange.workflow.People.GUO_PING;
import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHAO_LEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.DocumentDispatched;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.exchange.outgoing.RecipientKind;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.signature.SignatureVerification.Failure;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.exchange.workflow.IllegalTransition;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

class DeliveryTest {

    static final Instant LATER = MONDAY_9.plus(Duration.ofHours(1));

    enum Step {
        OPEN((d, at) -> d.open(ZHU_HONG, at)),
        SIGN_FOR((d, at) -> d.signFor(ZHU_HONG, Drafts.valid(at), at)),
        RETURN((d, at) -> d.returnToSender(ZHU_HONG, "非我局职责范围", at)),
        REMIND_MANUALLY((d, at) -> d.remindManually(ZHANG_WEI, "请尽快签收", at)),
        REMIND_AUTOMATICALLY((d, at) -> d.remindAutomatically(at));

        final BiConsumer<Delivery, Instant> action;

        Step(BiConsumer<Delivery, Instant> action) {
            this.action = action;
        }
    }

    static final List<DeliveryStatus> PENDING = List.of(DeliveryStatus.DELIVERED, DeliveryStatus.READ);

    /** The state after the step where it is allowed (null: allowed nowhere but where listed). */
    static final Map<Step, Map<DeliveryStatus, DeliveryStatus>> ALLOWED = Map.of(
            Step.OPEN, Map.of(DeliveryStatus.DELIVERED, DeliveryStatus.READ, DeliveryStatus.READ, DeliveryStatus.READ,
                    DeliveryStatus.SIGNED_FOR, DeliveryStatus.SIGNED_FOR, DeliveryStatus.RETURNED, DeliveryStatus.RETURNED),
            Step.SIGN_FOR, Map.of(DeliveryStatus.DELIVERED, DeliveryStatus.SIGNED_FOR, DeliveryStatus.READ,
                    DeliveryStatus.SIGNED_FOR),
            Step.RETURN, Map.of(DeliveryStatus.DELIVERED, DeliveryStatus.RETURNED, DeliveryStatus.READ,
                    DeliveryStatus.RETURNED),
            Step.REMIND_MANUALLY, Map.of(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, DeliveryStatus.READ,
                    DeliveryStatus.READ),
            Step.REMIND_AUTOMATICALLY, Map.of(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED, DeliveryStatus.READ,
                    DeliveryStatus.READ));

    static Stream<Arguments> everyStepInEveryState() {
        return Arrays.stream(DeliveryStatus.values())
            .flatMap(state -> Arrays.stream(Step.values()).map(step -> arguments(state, step)));
    }

    @ParameterizedTest(name = "{1} when {0}")
    @MethodSource("everyStepInEveryState")
    void eachStepIsAllowedOnlyWhileTheCopyIsInAStateThatPermitsIt(DeliveryStatus state, Step step) {
        Delivery delivery = Copies.in(state, MONDAY_9);
        DeliveryStatus expected = ALLOWED.get(step).get(state);
        int historyBefore = delivery.history().size();

        if (expected != null) {
            boolean readBefore = delivery.firstReadAt().isPresent();
            step.action.accept(delivery, LATER);
            assertThat(delivery.status()).isEqualTo(expected);
            // opening a copy someone already read is not written down again
            assertThat(delivery.history()).hasSize(step == Step.OPEN && readBefore ? historyBefore : historyBefore + 1);
        } else {
            assertThatThrownBy(() -> step.action.accept(delivery, LATER))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining(state.label());
            assertThat(delivery.status()).isEqualTo(state);
            assertThat(delivery.history()).hasSize(historyBefore);
            assertThat(delivery.pullEvents()).isEmpty();
        }
    }

    static Stream<Arguments> peopleWhoMayNotTouchTheCopy() {
        return Stream.of(
                arguments(Step.OPEN, ZHAO_LEI, "wrong-unit"),
                arguments(Step.OPEN, ZHANG_WEI, "wrong-unit"),
                arguments(Step.OPEN, CITIZEN, "wrong-unit"),
                arguments(Step.SIGN_FOR, ZHAO_LEI, "wrong-unit"),
                arguments(Step.SIGN_FOR, ZHANG_WEI, "wrong-unit"),
                arguments(Step.RETURN, ZHAO_LEI, "wrong-unit"),
                arguments(Step.REMIND_MANUALLY, ZHU_HONG, "wrong-unit"),
                arguments(Step.REMIND_MANUALLY, ZHAO_LEI, "wrong-unit"),
                arguments(Step.SIGN_FOR, new CurrentUser("guest", "访客", "culture-tourism", java.util.Set.of()), "wrong-role"));
    }

    @ParameterizedTest(name = "{1} may not {0}")
    @MethodSource("peopleWhoMayNotTouchTheCopy")
    void onlyTheRecipientUnitHandlesItsCopyAndOnlyTheSenderRemindsIt(Step step, CurrentUser who, String code) {
        Delivery delivery = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);

        assertThatThrownBy(() -> {
            switch (step) {
                case OPEN -> delivery.open(who, LATER);
                case SIGN_FOR -> delivery.signFor(who, Drafts.valid(LATER), LATER);
                case RETURN -> delivery.returnToSender(who, "不是我们的", LATER);
                case REMIND_MANUALLY -> delivery.remindManually(who, "", LATER);
                default -> throw new IllegalStateException();
            }
        }).isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.firstReadAt()).isEmpty();
    }

    @Test
    void theFirstOpeningIsRecordedWithWhoAndWhenAndLaterOpeningsDoNotOverwriteIt() {
        Delivery delivery = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);

        assertThat(delivery.open(ZHU_HONG, LATER)).isTrue();
        assertThat(delivery.open(GUO_PING, LATER.plusSeconds(300))).as("a colleague's later opening changes nothing")
            .isFalse();

        assertThat(delivery.firstReadBy()).contains("zhu.hong");
        assertThat(delivery.firstReadAt()).contains(LATER);
        assertThat(delivery.history()).extracting(HistoryEntry::action)
            .containsExactly(AuditAction.DELIVERED, AuditAction.READ);
        assertThat(delivery.pullEvents()).singleElement().isInstanceOf(DocumentRead.class);
    }

    @Test
    void signingForRecordsWhoAndWhenAndProducesTheReceiptForTheSender() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        SignForReceipt receipt = delivery.signFor(ZHU_HONG, Drafts.valid(LATER), LATER);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SIGNED_FOR);
        assertThat(receipt.signedForBy()).isEqualTo("zhu.hong");
        assertThat(receipt.signedForByName()).isEqualTo("朱红");
        assertThat(receipt.signedForAt()).isEqualTo(LATER);
        assertThat(receipt.recipient()).isEqualTo(CULTURE_TOURISM);
        assertThat(receipt.copyNumber()).isEqualTo(new CopyNumber(1));
        assertThat(receipt.metadataDigest()).isEqualTo(DIGEST);
        assertThat(delivery.receipt()).contains(receipt);
        assertThat(delivery.pullEvents()).singleElement().isInstanceOfSatisfying(DocumentSignedFor.class,
                e -> assertThat(e.receipt()).isEqualTo(receipt));
    }

    @Test
    void signingForAnUnopenedCopyAlsoCountsAsReadingIt() {
        Delivery delivery = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);

        delivery.signFor(ZHU_HONG, Drafts.valid(LATER), LATER);

        assertThat(delivery.firstReadAt()).contains(LATER);
        assertThat(delivery.pullEvents()).hasExactlyElementsOfTypes(DocumentRead.class, DocumentSignedFor.class);
    }

    @Test
    void theReceiptIsSignedInOneExactCanonicalForm() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        SignForReceipt receipt = delivery.signFor(ZHU_HONG, Drafts.valid(LATER), LATER);

        assertThat(new String(receipt.canonicalForm(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"copyNumber\":\"000001\",\"document\":\"3f1c2b7e-0000-4000-8000-000000000012\","
                        + "\"format\":\"zhengtong.exchange.receipt.v1\",\"metadataDigest\":\"9f2a\","
                        + "\"number\":\"凤政办〔2026〕12号\","
                        + "\"recipient\":{\"code\":\"culture-tourism\",\"name\":\"凤县文化和旅游局\"},"
                        + "\"sender\":{\"code\":\"gov-office\",\"name\":\"凤县人民政府办公室\"},"
                        + "\"signedForAt\":\"2026-03-02T02:00:00.000Z\",\"signedForBy\":\"zhu.hong\","
                        + "\"signedForByName\":\"朱红\"}");
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aDocumentWhoseSignatureIsInvalidCannotBeSignedFor(Failure failure) {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);
        SignatureVerification invalid = Drafts.invalid(failure, LATER);

        assertThatThrownBy(() -> delivery.signFor(ZHU_HONG, invalid, LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.code()).isEqualTo("invalid-signature");
                assertThat(e.getMessage()).startsWith("该公文的电子签名无效，不能签收，请退回发文单位。")
                    .contains(failure.label());
            });
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(delivery.receipt()).isEmpty();
    }

    @Test
    void aCopyWithAnInvalidSignatureCanStillBeReturned() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        delivery.returnToSender(ZHU_HONG, "签名无效：文件被改动", LATER);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETURNED);
        assertThat(delivery.returnReason()).contains("签名无效：文件被改动");
        assertThat(delivery.returnedBy()).contains("zhu.hong");
        assertThat(delivery.returnedAt()).contains(LATER);
    }

    @Test
    void signingForWithoutCheckingTheSignatureIsRefused() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        assertThatThrownBy(() -> delivery.signFor(ZHU_HONG, null, LATER)).hasMessage("签收前须核验公文的电子签名。");
    }

    @Test
    void aValidSignatureOfAnotherUnitDoesNotLetTheCopyBeSignedFor() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);
        SignatureVerification otherUnits = new SignatureVerification(SignatureVerification.Status.VALID, null, "签名有效。",
                "education", "凤县教育局", null, LATER, null);

        assertThatThrownBy(() -> delivery.signFor(ZHU_HONG, otherUnits, LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class,
                    e -> assertThat(e.code()).isEqualTo("signature-of-another-unit"));
    }

    @Test
    void returningWithoutAReasonIsRefused() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        assertThatThrownBy(() -> delivery.returnToSender(ZHU_HONG, "", LATER)).hasMessage("退回理由不能为空。");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.READ);
    }

    @Test
    void anotherClerkOfTheRecipientUnitMaySignFor() {
        Delivery delivery = Copies.in(DeliveryStatus.READ, MONDAY_9);

        delivery.signFor(GUO_PING, Drafts.valid(LATER), LATER);

        assertThat(delivery.receipt().orElseThrow().signedForBy()).isEqualTo("guo.ping");
        assertThat(delivery.firstReadBy()).contains("zhu.hong");
    }

    @Test
    void aLeaderOfTheRecipientUnitIsStaffToo() {
        Delivery delivery = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);

        delivery.open(CHEN_JING, LATER);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.READ);
    }

    @Test
    void aManualReminderRecordsWhoRemindedAndWhat() {
        Delivery delivery = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);

        delivery.remindManually(ZHANG_WEI, "已电话提醒，请今日签收", LATER);

        assertThat(delivery.reminders()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reminder.Kind.MANUAL);
            assertThat(r.by()).isEqualTo("zhang.wei");
            assertThat(r.note()).isEqualTo("已电话提醒，请今日签收");
            assertThat(r.at()).isEqualTo(LATER);
        });
        assertThat(delivery.history().getLast().unitCode()).isEqualTo("gov-office");
        assertThat(delivery.pullEvents()).singleElement().isInstanceOf(DeliveryReminded.class);
    }

    @Test
    void theDispatchOfThreeUnitsBecomesThreeDeliveriesEachWithItsCopyNumber() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        Instant at = MONDAY_9.plus(Duration.ofHours(3));
        document.dispatch(ZHANG_WEI, Drafts.NUMBER, Drafts.signatureOf(document.metadataFor(Drafts.NUMBER, at), at),
                Drafts.valid(at), at);
        DocumentDispatched dispatched = (DocumentDispatched) document.pullEvents().getFirst();

        List<DeliveryNotice> notices = DeliveryNotice.of(dispatched);

        assertThat(notices).extracting(n -> n.recipient().code(), n -> n.kind(), n -> n.copyNumber().formatted())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("culture-tourism", RecipientKind.MAIN, "000001"),
                    org.assertj.core.groups.Tuple.tuple("education", RecipientKind.MAIN, "000002"),
                    org.assertj.core.groups.Tuple.tuple("finance", RecipientKind.COPY, "000003"));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.documentId()).isEqualTo(document.id());
            assertThat(n.metadataDigest()).isEqualTo(dispatched.signature().metadataDigest());
            assertThat(n.urgency()).isEqualTo(Urgency.URGENT);
        });
    }

    @Test
    void aRedeliveredCopyIsRecognisedAndNotDeliveredASecondTime() {
        Delivery.Outcome first = Delivery.deliverOnce(Optional.empty(), Copies.toCultureTourism(), MONDAY_9);
        first.delivery().pullEvents();

        Delivery.Outcome again = Delivery.deliverOnce(Optional.of(first.delivery()), Copies.toCultureTourism(), LATER);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.delivery()).isSameAs(first.delivery());
        assertThat(again.delivery().deliveredAt()).isEqualTo(MONDAY_9);
        assertThat(again.delivery().pullEvents()).isEmpty();
    }

    @Test
    void aRedeliveryAfterSignForLeavesTheReceiptAlone() {
        Delivery signed = Copies.in(DeliveryStatus.SIGNED_FOR, MONDAY_9);
        SignForReceipt receipt = signed.receipt().orElseThrow();

        Delivery.Outcome again = Delivery.deliverOnce(Optional.of(signed), Copies.toCultureTourism(), LATER);

        assertThat(again.created()).isFalse();
        assertThat(again.delivery().status()).isEqualTo(DeliveryStatus.SIGNED_FOR);
        assertThat(again.delivery().receipt()).contains(receipt);
    }

    @Test
    void theSameDocumentToAnotherUnitIsADifferentDelivery() {
        assertThat(Copies.notice(EDUCATION, 2, Urgency.URGENT).key()).isNotEqualTo(Copies.toCultureTourism().key());
        assertThat(Copies.notice(CULTURE_TOURISM, 1, Urgency.NORMAL).key())
            .isEqualTo(new DeliveryKey(DOCUMENT, "culture-tourism"));
    }

    @Test
    void aRedeliveryWithDifferentContentUnderTheSameKeyIsRefused() {
        Delivery delivered = Copies.in(DeliveryStatus.DELIVERED, MONDAY_9);
        DeliveryNotice original = Copies.toCultureTourism();
        DeliveryNotice forged = new DeliveryNotice(original.documentId(), original.sender(), original.recipient(),
                original.kind(), original.copyNumber(), original.number(), original.title(), original.urgency(), "ffff");

        assertThatThrownBy(() -> Delivery.deliverOnce(Optional.of(delivered), forged, LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.code()).isEqualTo("redelivery-differs");
                assertThat(e.status().value()).isEqualTo(409);
            });
    }

}
