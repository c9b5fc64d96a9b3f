package io.zhengtong.exchange.outgoing;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.EDUCATION;
import static io.zhengtong.exchange.document.Documents.FINANCE;
import static io.zhengtong.exchange.document.Documents.GOV_OFFICE;
import static io.zhengtong.exchange.outgoing.Drafts.MONDAY_9;
import static io.zhengtong.exchange.outgoing.Drafts.NUMBER;
import static io.zhengtong.exchange.outgoing.Drafts.signatureOf;
import static io.zhengtong.exchange.outgoing.Drafts.valid;
import static io.zhengtong.exchange.workflow.People.CHEN_JING;
import static io.zhengtong.exchange.workflow.People.CITIZEN;
import static io.zhengtong.exchange.workflow.People.LIU_YANG;
import static io.zhengtong.exchange.workflow.People.LI_NA;
import static io.zhengtong.exchange.workflow.People.MA_JUN;
import static io.zhengtong.exchange.workflow.People.YANG_MIN;
import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.document.ClassifiedDocumentRefused;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.InvalidDocumentMetadata;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.signature.DocumentFile;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.DocumentSigner;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.signature.UnitCertificateAuthority;
import io.zhengtong.exchange.signature.UnitCredentials;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.exchange.workflow.IllegalTransition;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

class OutgoingDocumentTest {

    static final Instant LATER = MONDAY_9.plus(Duration.ofHours(2));

    /** Each step done by someone entitled to it, so only the state decides. */
    enum Step {
        REVISE((d, at) -> d.revise(Drafts.notice(), ZHANG_WEI, at), null),
        SUBMIT_FOR_CHECKING((d, at) -> d.submitForChecking(ZHANG_WEI, at), OutgoingStatus.CHECKING),
        CHECK((d, at) -> d.check(LI_NA, "同意", at), OutgoingStatus.AWAITING_SIGN_OFF),
        SEND_BACK((d, at) -> d.sendBack(LIU_YANG, "请补充防火责任人", at), OutgoingStatus.DRAFTING),
        SIGN_OFF((d, at) -> d.signOff(LIU_YANG, "同意", at), OutgoingStatus.SIGNED_OFF),
        DISPATCH((d, at) -> d.dispatch(ZHANG_WEI, NUMBER, d.status() == OutgoingStatus.SIGNED_OFF
                ? signatureOf(d.metadataFor(NUMBER, at), at) : anySignature(at), valid(at), at),
                OutgoingStatus.DISPATCHED);

        final BiConsumer<OutgoingDocument, Instant> action;
        final OutgoingStatus next;

        Step(BiConsumer<OutgoingDocument, Instant> action, OutgoingStatus next) {
            this.action = action;
            this.next = next;
        }
    }

    static final Map<Step, List<OutgoingStatus>> ALLOWED = Map.of(
            Step.REVISE, List.of(OutgoingStatus.DRAFTING),
            Step.SUBMIT_FOR_CHECKING, List.of(OutgoingStatus.DRAFTING),
            Step.CHECK, List.of(OutgoingStatus.CHECKING),
            Step.SEND_BACK, List.of(OutgoingStatus.CHECKING, OutgoingStatus.AWAITING_SIGN_OFF),
            Step.SIGN_OFF, List.of(OutgoingStatus.AWAITING_SIGN_OFF),
            Step.DISPATCH, List.of(OutgoingStatus.SIGNED_OFF));

    static DocumentSignature anySignature(Instant at) {
        return new DocumentSignature(SignatureAlgorithm.SM2_SM3, "gov-office", at, "00", List.of(), new byte[] {1}, null);
    }

    static Stream<Arguments> everyStepInEveryState() {
        return Arrays.stream(OutgoingStatus.values())
            .flatMap(state -> Arrays.stream(Step.values())
                .map(step -> arguments(state, step, ALLOWED.get(step).contains(state))));
    }

    @ParameterizedTest(name = "{1} in {0}: allowed = {2}")
    @MethodSource("everyStepInEveryState")
    void eachStepIsAllowedOnlyInTheStatesTheProcedureProvidesFor(OutgoingStatus state, Step step, boolean allowed) {
        OutgoingDocument document = Drafts.in(state);
        int historyBefore = document.history().size();

        if (allowed) {
            step.action.accept(document, LATER);
            assertThat(document.status()).isEqualTo(step.next == null ? state : step.next);
            assertThat(document.history()).hasSize(historyBefore + 1);
        } else {
            assertThatThrownBy(() -> step.action.accept(document, LATER))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("公文当前为“" + state.label() + "”");
            assertThat(document.status()).isEqualTo(state);
            assertThat(document.history()).hasSize(historyBefore);
            assertThat(document.pullEvents()).isEmpty();
        }
    }

    static Stream<Arguments> peopleWhoMayNotDoAStep() {
        return Stream.of(
                arguments(Step.SUBMIT_FOR_CHECKING, OutgoingStatus.DRAFTING, ZHU_HONG, "wrong-unit"),
                arguments(Step.SUBMIT_FOR_CHECKING, OutgoingStatus.DRAFTING, MA_JUN, "wrong-role"),
                arguments(Step.REVISE, OutgoingStatus.DRAFTING, CITIZEN, "wrong-unit"),
                arguments(Step.CHECK, OutgoingStatus.CHECKING, ZHANG_WEI, "wrong-role"),
                arguments(Step.CHECK, OutgoingStatus.CHECKING, YANG_MIN, "wrong-unit"),
                arguments(Step.SEND_BACK, OutgoingStatus.CHECKING, ZHANG_WEI, "wrong-role"),
                arguments(Step.SEND_BACK, OutgoingStatus.AWAITING_SIGN_OFF, LI_NA, "wrong-role"),
                arguments(Step.SEND_BACK, OutgoingStatus.AWAITING_SIGN_OFF, CHEN_JING, "wrong-unit"),
                arguments(Step.SIGN_OFF, OutgoingStatus.AWAITING_SIGN_OFF, LI_NA, "wrong-role"),
                arguments(Step.SIGN_OFF, OutgoingStatus.AWAITING_SIGN_OFF, ZHANG_WEI, "wrong-role"),
                arguments(Step.SIGN_OFF, OutgoingStatus.AWAITING_SIGN_OFF, CHEN_JING, "wrong-unit"),
                arguments(Step.DISPATCH, OutgoingStatus.SIGNED_OFF, ZHU_HONG, "wrong-unit"),
                arguments(Step.DISPATCH, OutgoingStatus.SIGNED_OFF, MA_JUN, "wrong-role"),
                arguments(Step.DISPATCH, OutgoingStatus.SIGNED_OFF, CITIZEN, "wrong-unit"));
    }

    @ParameterizedTest(name = "{2} may not {0}: {3}")
    @MethodSource("peopleWhoMayNotDoAStep")
    void onlyThePeopleOfTheSendingUnitWithTheRightRoleMayDoAStep(Step step, OutgoingStatus state, CurrentUser who,
            String code) {
        OutgoingDocument document = Drafts.in(state);

        assertThatThrownBy(() -> as(who, step, document))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.code()).isEqualTo(code);
                assertThat(e.status().value()).isEqualTo(403);
            });
        assertThat(document.status()).isEqualTo(state);
    }

    private static void as(CurrentUser who, Step step, OutgoingDocument d) {
        switch (step) {
            case REVISE -> d.revise(Drafts.notice(), who, LATER);
            case SUBMIT_FOR_CHECKING -> d.submitForChecking(who, LATER);
            case CHECK -> d.check(who, "", LATER);
            case SEND_BACK -> d.sendBack(who, "请修改", LATER);
            case SIGN_OFF -> d.signOff(who, "", LATER);
            case DISPATCH -> d.dispatch(who, NUMBER, signatureOf(d.metadataFor(NUMBER, LATER), LATER), valid(LATER), LATER);
        }
    }

    @Test
    void aDraftMarkedSecretIsRefusedBeforeItIsEverStored() {
        assertThatThrownBy(() -> new DraftContent("秘密★1年", Urgency.NORMAL, "凤政办", "关于某事项的通知",
                List.of(CULTURE_TOURISM), List.of(), null, DisclosureMode.NOT_DISCLOSED))
            .isInstanceOf(ClassifiedDocumentRefused.class)
            .hasMessageContaining("本系统只能处理非密公文");
    }

    @Test
    void aDraftMarkedNonClassifiedIsAccepted() {
        DraftContent content = new DraftContent("非密", Urgency.NORMAL, "凤政办", "关于某事项的通知", List.of(CULTURE_TOURISM),
                List.of(), null, DisclosureMode.NOT_DISCLOSED);

        assertThat(content.classificationMarking()).isEqualTo("非密");
    }

    @Test
    void onlyAClerkOfTheIssuingUnitMayStartADraft() {
        assertThatThrownBy(() -> OutgoingDocument.draft(UUID.randomUUID(), GOV_OFFICE, Drafts.notice(), ZHU_HONG, MONDAY_9))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("wrong-unit"));
        assertThatThrownBy(() -> OutgoingDocument.draft(UUID.randomUUID(), GOV_OFFICE, Drafts.notice(), CITIZEN, MONDAY_9))
            .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aDraftWithoutTitleOrMainRecipientIsRefusedWithEveryProblemAtOnce() {
        DraftContent empty = new DraftContent("", Urgency.NORMAL, "凤政办", " ", List.of(), List.of(), null,
                DisclosureMode.PROACTIVE);

        assertThatThrownBy(() -> OutgoingDocument.draft(UUID.randomUUID(), GOV_OFFICE, empty, ZHANG_WEI, MONDAY_9))
            .isInstanceOfSatisfying(InvalidDocumentMetadata.class, e -> assertThat(e.problems())
                .extracting(InvalidDocumentMetadata.Problem::field)
                .containsExactlyInAnyOrder("title", "mainRecipients"));
    }

    @Test
    void aUnitCannotSendADocumentToItself() {
        DraftContent toSelf = new DraftContent("", Urgency.NORMAL, "凤政办", "关于某事项的通知", List.of(GOV_OFFICE),
                List.of(), null, DisclosureMode.PROACTIVE);

        assertThatThrownBy(() -> OutgoingDocument.draft(UUID.randomUUID(), GOV_OFFICE, toSelf, ZHANG_WEI, MONDAY_9))
            .isInstanceOf(InvalidDocumentMetadata.class)
            .hasMessageContaining("发文机关不能把公文发给自己");
    }

    @Test
    void aRevisionThatBreaksTheRulesLeavesTheDraftAsItWas() {
        OutgoingDocument document = Drafts.drafted();
        DraftContent broken = new DraftContent("", Urgency.NORMAL, "凤政办", "", List.of(CULTURE_TOURISM), List.of(),
                null, DisclosureMode.PROACTIVE);

        assertThatThrownBy(() -> document.revise(broken, ZHANG_WEI, LATER)).isInstanceOf(InvalidDocumentMetadata.class);
        assertThat(document.content().title()).isEqualTo("关于做好2026年春季森林防火工作的通知");
    }

    @Test
    void theCheckerSendsTheDraftBackWithARemarkAndTheDrafterSeesIt() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.CHECKING);

        document.sendBack(LI_NA, "请补充各乡镇防火责任人名单", LATER);

        assertThat(document.status()).isEqualTo(OutgoingStatus.DRAFTING);
        assertThat(document.lastSendBackRemark()).isEqualTo("请补充各乡镇防火责任人名单");
        assertThat(document.pullEvents()).singleElement().isInstanceOfSatisfying(DocumentSentBack.class, e -> {
            assertThat(e.from()).isEqualTo(OutgoingStatus.CHECKING);
            assertThat(e.drafter()).isEqualTo("zhang.wei");
            assertThat(e.remark()).isEqualTo("请补充各乡镇防火责任人名单");
        });
    }

    @Test
    void sendingBackWithoutSayingWhatToChangeIsRefused() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.CHECKING);

        assertThatThrownBy(() -> document.sendBack(LI_NA, "  ", LATER))
            .isInstanceOf(DomainRuleViolation.class)
            .hasMessage("退回修改意见不能为空。");
        assertThat(document.status()).isEqualTo(OutgoingStatus.CHECKING);
    }

    @Test
    void aDraftSentBackByTheLeaderCanBeRevisedAndGoesThroughCheckingAgain() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.AWAITING_SIGN_OFF);

        document.sendBack(LIU_YANG, "标题改为“春季森林防火”", LATER);
        DraftContent revised = new DraftContent("", Urgency.URGENT, "凤政办", "关于做好春季森林防火工作的通知",
                List.of(CULTURE_TOURISM, EDUCATION), List.of(FINANCE), null, DisclosureMode.PROACTIVE);
        document.revise(revised, ZHANG_WEI, LATER.plusSeconds(60));
        document.submitForChecking(ZHANG_WEI, LATER.plusSeconds(120));

        assertThat(document.status()).isEqualTo(OutgoingStatus.CHECKING);
        assertThat(document.content().title()).isEqualTo("关于做好春季森林防火工作的通知");
    }

    @Test
    void aLeaderMayAlsoCheckADraft() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.CHECKING);

        document.check(LIU_YANG, "", LATER);

        assertThat(document.status()).isEqualTo(OutgoingStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void theLeaderWhoSignsOffBecomesTheSignatoryAndTheDayInFengxianIsTheDateOfWriting() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.AWAITING_SIGN_OFF);
        Instant lateEveningUtcIsNextMorningInFengxian = Instant.parse("2026-03-02T17:30:00Z");

        document.signOff(LIU_YANG, "同意印发", lateEveningUtcIsNextMorningInFengxian);

        assertThat(document.signatory()).contains("刘洋");
        assertThat(document.signedOffBy()).contains("liu.yang");
        assertThat(document.writtenOn()).contains(LocalDate.of(2026, 3, 3));
        assertThat(document.pullEvents()).singleElement().isInstanceOf(DocumentSignedOff.class);
    }

    @Test
    void dispatchNumbersEveryCopyMainRecipientsFirstAndAnnouncesTheRecipients() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        Instant at = MONDAY_9.plus(Duration.ofHours(3));

        document.dispatch(ZHANG_WEI, NUMBER, signatureOf(document.metadataFor(NUMBER, at), at), valid(at), at);

        assertThat(document.status()).isEqualTo(OutgoingStatus.DISPATCHED);
        DocumentMetadata metadata = document.metadata().orElseThrow();
        assertThat(metadata.number().formatted()).isEqualTo("凤政办〔2026〕12号");
        assertThat(metadata.signatories()).containsExactly("刘洋");
        assertThat(metadata.printer()).isEqualTo(GOV_OFFICE);
        assertThat(metadata.printedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(document.copies()).containsExactly(
                new DispatchedCopy(CULTURE_TOURISM, RecipientKind.MAIN, new CopyNumber(1)),
                new DispatchedCopy(EDUCATION, RecipientKind.MAIN, new CopyNumber(2)),
                new DispatchedCopy(FINANCE, RecipientKind.COPY, new CopyNumber(3)));
        assertThat(document.pullEvents()).singleElement().isInstanceOfSatisfying(DocumentDispatched.class, e -> {
            assertThat(e.copies()).extracting(c -> c.recipient().code())
                .containsExactly("culture-tourism", "education", "finance");
            assertThat(e.metadata()).isEqualTo(metadata);
            assertThat(e.dispatchedBy()).isEqualTo("zhang.wei");
        });
    }

    @Test
    void theHistoryShowsWhoDidEachStepInOrder() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.DISPATCHED);

        assertThat(document.history()).extracting(HistoryEntry::action).containsExactly(AuditAction.COMPOSED,
                AuditAction.SUBMITTED, AuditAction.REVIEWED, AuditAction.APPROVED, AuditAction.DISPATCHED);
        assertThat(document.history()).extracting(HistoryEntry::actorName)
            .containsExactly("张伟", "张伟", "李娜", "刘洋", "张伟");
        assertThat(document.history().get(2).remark()).isEqualTo("同意");
        assertThat(document.history().get(4).remark()).isEqualTo("凤政办〔2026〕12号，分送3个单位");
    }

    @Test
    void aNumberWithAnotherPrefixIsRefusedAtDispatch() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        DocumentNumber other = DocumentNumber.parse("凤政发〔2026〕3号");

        assertThatThrownBy(() -> document.dispatch(ZHANG_WEI, other, anySignature(LATER), valid(LATER), LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("number-prefix-mismatch"));
        assertThat(document.status()).isEqualTo(OutgoingStatus.SIGNED_OFF);
    }

    @Test
    void aNumberOfLastYearIsRefusedAtDispatch() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        DocumentNumber lastYear = DocumentNumber.parse("凤政办〔2025〕12号");

        assertThatThrownBy(() -> document.dispatch(ZHANG_WEI, lastYear, anySignature(LATER), valid(LATER), LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("number-year-mismatch"));
    }

    @Test
    void aSignatureOverOtherMetadataIsRefusedAtDispatch() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        DocumentMetadata signedEarlier = document.metadataFor(DocumentNumber.parse("凤政办〔2026〕11号"), LATER);

        assertThatThrownBy(() -> document.dispatch(ZHANG_WEI, NUMBER, signatureOf(signedEarlier, LATER), valid(LATER), LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.code()).isEqualTo("signature-metadata-mismatch");
                assertThat(e.getMessage()).contains("请重新签名");
            });
    }

    @Test
    void aSignatureOfAnotherUnitIsRefusedAtDispatch() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        DocumentSignature right = signatureOf(document.metadataFor(NUMBER, LATER), LATER);
        DocumentSignature otherUnit = new DocumentSignature(right.algorithm(), "culture-tourism", LATER,
                right.metadataDigest(), List.of(), new byte[] {1}, null);

        assertThatThrownBy(() -> document.dispatch(ZHANG_WEI, NUMBER, otherUnit, valid(LATER), LATER))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("signature-not-issuer"));
    }

    @Test
    void aDocumentWhoseOwnSignatureCheckFailsIsNotSent() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        SignatureVerification expired = Drafts.invalid(SignatureVerification.Failure.CERTIFICATE_EXPIRED, LATER);

        assertThatThrownBy(() -> document.dispatch(ZHANG_WEI, NUMBER, signatureOf(document.metadataFor(NUMBER, LATER), LATER),
                expired, LATER))
            .isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("分发前的签名自检未通过")
            .hasMessageContaining("签名时证书已过期");
        assertThat(document.status()).isEqualTo(OutgoingStatus.SIGNED_OFF);
        assertThat(document.copies()).isEmpty();
    }

    @Test
    void aDocumentSignedWithTheUnitsRealSm2KeyIsDispatchedAndVerifiesAtTheRecipient() {
        OutgoingDocument document = Drafts.in(OutgoingStatus.SIGNED_OFF);
        UnitCertificateAuthority ca = UnitCertificateAuthority.create("凤县政通平台", SignatureAlgorithm.SM2_SM3,
                MONDAY_9.minus(Duration.ofDays(30)), Duration.ofDays(3650));
        UnitCredentials key = ca.issue("gov-office", "凤县人民政府办公室", MONDAY_9.minus(Duration.ofDays(1)),
                MONDAY_9.plus(Duration.ofDays(365)));
        List<DocumentFile> files = List.of(DocumentFile.body("正文.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        DocumentMetadata metadata = document.metadataFor(NUMBER, LATER);
        DocumentSignature signature = DocumentSigner.sign(metadata, files, key, LATER);
        SignatureVerification selfCheck = ca.verifier(java.time.Clock.fixed(LATER, java.time.ZoneOffset.UTC))
            .verify(metadata, files, signature);

        document.dispatch(ZHANG_WEI, NUMBER, signature, selfCheck, LATER);

        assertThat(selfCheck.isValid()).isTrue();
        assertThat(document.signature()).contains(signature);
    }

    @Test
    void eventsAreHandedOutOnce() {
        OutgoingDocument document = Drafts.drafted();

        assertThat(document.pullEvents()).singleElement().isInstanceOf(DocumentDrafted.class);
        assertThat(document.pullEvents()).isEmpty();
    }
}
