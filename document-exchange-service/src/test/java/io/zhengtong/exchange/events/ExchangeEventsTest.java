package io.zhengtong.exchange.events;

import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.outgoing.DocumentDispatched;
import io.zhengtong.exchange.outgoing.DraftContent;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.outgoing.OutgoingStatus;
import io.zhengtong.exchange.signature.DocumentFile;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.DocumentSigner;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.UnitCertificateAuthority;
import io.zhengtong.platform.events.EventContract;
import tools.jackson.databind.json.JsonMapper;

/** What recipients and the disclosure catalogue receive when gov-office dispatches its notice. */
class ExchangeEventsTest {

    static final Instant AT = Drafts.MONDAY_9.plusSeconds(3600);
    static final byte[] BODY = "%PDF-1.7 森林防火通知".getBytes(StandardCharsets.UTF_8);

    final JsonMapper json = JsonMapper.builder().build();

    static DocumentDispatched dispatch(DisclosureMode disclosure) {
        OutgoingDocument document = Drafts.in(OutgoingStatus.DRAFTING);
        DraftContent notice = Drafts.notice();
        document.revise(new DraftContent(notice.classificationMarking(), notice.urgency(), notice.prefix(),
                notice.title(), notice.mainRecipients(), notice.copyRecipients(), null, disclosure), ZHANG_WEI, AT);
        document.submitForChecking(ZHANG_WEI, AT);
        document.check(io.zhengtong.exchange.workflow.People.LI_NA, "同意", AT);
        document.signOff(io.zhengtong.exchange.workflow.People.LIU_YANG, "同意印发", AT);
        UnitCertificateAuthority ca = UnitCertificateAuthority.create("凤县政通平台", SignatureAlgorithm.SM2_SM3,
                AT.minus(Duration.ofDays(30)), Duration.ofDays(3650));
        DocumentMetadata metadata = document.metadataFor(Drafts.NUMBER, AT);
        List<DocumentFile> files = List.of(DocumentFile.body("正文.pdf", BODY));
        DocumentSignature signature = DocumentSigner.sign(metadata, files, ca.issue("gov-office", "凤县人民政府办公室",
                AT.minus(Duration.ofDays(1)), AT.plus(Duration.ofDays(365))), AT);
        document.dispatch(ZHANG_WEI, Drafts.NUMBER, signature,
                ca.verifier(Clock.fixed(AT, ZoneOffset.UTC)).verify(metadata, files, signature), AT);
        return document.pullEvents().stream().filter(DocumentDispatched.class::isInstance)
            .map(DocumentDispatched.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theDispatchEventNamesEveryRecipientWithItsCopyNumberAndTheSignatureButCarriesNoFileContent() {
        DocumentDispatched dispatched = dispatch(DisclosureMode.PROACTIVE);

        DocumentDispatchedEvent event = ExchangeEvents.dispatched(dispatched);

        assertThat(event.aggregateId()).isEqualTo(dispatched.documentId().toString());
        assertThat(event.number()).isEqualTo("凤政办〔2026〕12号");
        assertThat(event.issuer().code()).isEqualTo("gov-office");
        assertThat(event.copies()).extracting(c -> c.recipient().code() + " " + c.kind() + " " + c.copyNumber())
            .containsExactly("culture-tourism MAIN 000001", "education MAIN 000002", "finance COPY 000003");
        assertThat(event.signature().metadataDigest()).isEqualTo(dispatched.signature().metadataDigest());
        assertThat(event.signature().files()).singleElement()
            .satisfies(f -> assertThat(f.name()).isEqualTo("正文.pdf"))
            .satisfies(f -> assertThat(f.size()).isEqualTo(BODY.length));
        assertThat(Base64.getDecoder().decode(event.signature().value())).isEqualTo(dispatched.signature().value());
        String text = json.writeValueAsString(event);
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(BODY)).doesNotContain("森林防火通知\"");
        assertThat(DocumentDispatchedEvent.class.getAnnotation(EventContract.class).type())
            .isEqualTo("zhengtong.exchange.document.dispatched.v1");
        assertThat(DocumentDispatchedEvent.class.getAnnotation(EventContract.class).topic())
            .isEqualTo("exchange.documents");
    }

    @Test
    void aRecipientReadingTheEventFromJsonGetsTheSameCopiesAsTheDispatch() {
        DocumentDispatched dispatched = dispatch(DisclosureMode.PROACTIVE);

        DocumentDispatchedEvent sent = ExchangeEvents.dispatched(dispatched);

        DocumentDispatchedEvent read = json.readValue(json.writeValueAsString(sent), DocumentDispatchedEvent.class);

        assertThat(read).isEqualTo(sent);
        assertThat(read.writtenOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ExchangeEvents.notices(read)).isEqualTo(DeliveryNotice.of(dispatched));
    }

    @Test
    void onlyAProactivelyDisclosedDocumentIsAnnouncedToTheDisclosureCatalogue() {
        assertThat(ExchangeEvents.publishedForDisclosure(dispatch(DisclosureMode.PROACTIVE))).singleElement()
            .satisfies(e -> assertThat(e.number()).isEqualTo("凤政办〔2026〕12号"))
            .satisfies(e -> assertThat(e.issuer().name()).isEqualTo("凤县人民政府办公室"));
        assertThat(ExchangeEvents.publishedForDisclosure(dispatch(DisclosureMode.ON_REQUEST))).isEmpty();
        assertThat(ExchangeEvents.publishedForDisclosure(dispatch(DisclosureMode.NOT_DISCLOSED))).isEmpty();
        assertThat(DocumentPublishedForDisclosure.class.getAnnotation(EventContract.class).type())
            .isEqualTo("zhengtong.exchange.document.published-for-disclosure.v1");
    }
}
