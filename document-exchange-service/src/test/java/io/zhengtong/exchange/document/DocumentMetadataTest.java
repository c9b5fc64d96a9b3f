package io.zhengtong.exchange.document;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.EDUCATION;
import static io.zhengtong.exchange.document.Documents.FINANCE;
import static io.zhengtong.exchange.document.Documents.GOV_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

    @Test
    void aCompleteNoticeIsAccepted() {
        DocumentMetadata notice = Documents.notice();

        assertThat(notice.recipients()).containsExactly(CULTURE_TOURISM, EDUCATION, FINANCE);
        assertThat(notice.isAddressedTo("finance")).isTrue();
        assertThat(notice.isAddressedTo("gov-office")).isFalse();
    }

    @Test
    void theTitleIsNormalised() {
        assertThat(Documents.notice("  关于做好\n森林防火工作的通知 ").title()).isEqualTo("关于做好 森林防火工作的通知");
    }

    @Test
    void everyMissingElementIsReportedAtOnce() {
        assertThatThrownBy(() -> new DocumentMetadata(null, null, null, null, List.of(), " ", List.of(), List.of(),
                null, null, null, null))
            .isInstanceOfSatisfying(InvalidDocumentMetadata.class, e -> assertThat(e.problems())
                .extracting(InvalidDocumentMetadata.Problem::field)
                .containsExactlyInAnyOrder("classification", "urgency", "issuer", "number", "writtenOn", "printer",
                        "printedOn", "disclosure", "title", "signatories", "mainRecipients"));
    }

    @Test
    void aTooLongTitleIsRefused() {
        assertThatThrownBy(() -> Documents.notice("通".repeat(201))).hasMessageContaining("标题不能超过200个字");
    }

    @Test
    void aUnitCannotBeBothMainAndCopyRecipient() {
        DocumentMetadata d = Documents.notice();
        assertThatThrownBy(() -> new DocumentMetadata(d.classification(), d.urgency(), d.issuer(), d.number(),
                d.signatories(), d.title(), List.of(FINANCE), List.of(FINANCE), d.writtenOn(), d.printer(),
                d.printedOn(), d.disclosure()))
            .hasMessageContaining("“凤县财政局”已是主送机关，不能再抄送");
    }

    @Test
    void aRecipientListedTwiceIsRefused() {
        DocumentMetadata d = Documents.notice();
        assertThatThrownBy(() -> Documents.with(d, GOV_OFFICE, d.title(), List.of(EDUCATION, EDUCATION)))
            .hasMessageContaining("主送机关“凤县教育局”重复");
    }

    @Test
    void aUnitCannotSendADocumentToItself() {
        DocumentMetadata d = Documents.notice();
        assertThatThrownBy(() -> Documents.with(d, GOV_OFFICE, d.title(), List.of(GOV_OFFICE)))
            .hasMessageContaining("不能把公文发给自己");
    }

    @Test
    void printingCannotComeBeforeWriting() {
        DocumentMetadata d = Documents.notice();
        assertThatThrownBy(() -> new DocumentMetadata(d.classification(), d.urgency(), d.issuer(), d.number(),
                d.signatories(), d.title(), d.mainRecipients(), d.copyRecipients(), LocalDate.of(2026, 3, 5),
                d.printer(), LocalDate.of(2026, 3, 4), d.disclosure()))
            .hasMessageContaining("印发日期不能早于成文日期");
    }

    @Test
    void aSignatoryNamedTwiceIsRefused() {
        DocumentMetadata d = Documents.notice();
        assertThatThrownBy(() -> new DocumentMetadata(d.classification(), d.urgency(), d.issuer(), d.number(),
                List.of("王强", " 王强"), d.title(), d.mainRecipients(), d.copyRecipients(), d.writtenOn(), d.printer(),
                d.printedOn(), d.disclosure()))
            .hasMessageContaining("签发人不能重复");
    }
}
