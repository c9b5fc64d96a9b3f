package io.zhengtong.mailbox.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zhengtong.mailbox.attachment.AttachmentRules;
import io.zhengtong.mailbox.attachment.web.AttachmentRulesController.AllowedType;
import io.zhengtong.mailbox.attachment.web.AttachmentRulesController.PublicAttachmentRules;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentRulesControllerTest {

    @Test
    void theWebsiteIsToldTheLimitsThisServiceIsConfiguredWith() {
        PublicAttachmentRules told = new AttachmentRulesController(new AttachmentRules(5, DataSize.ofKilobytes(512)))
            .rules().getBody();

        assertThat(told.maxFiles()).isEqualTo(5);
        assertThat(told.maxBytesPerFile()).isEqualTo(512 * 1024);
    }

    @Test
    void theWebsiteIsToldEveryKindTheContentCheckAcceptsWithItsUsualExtensions() {
        PublicAttachmentRules told = new AttachmentRulesController(new AttachmentRules(null, null)).rules().getBody();

        assertThat(told.maxFiles()).isEqualTo(3);
        assertThat(told.maxBytesPerFile()).isEqualTo(10 * 1024 * 1024);
        assertThat(told.types()).extracting(AllowedType::mediaType, AllowedType::extensions, AllowedType::label)
            .containsExactly(tuple("application/pdf", java.util.List.of("pdf"), "PDF"),
                    tuple("image/jpeg", java.util.List.of("jpg", "jpeg"), "JPG"),
                    tuple("image/png", java.util.List.of("png"), "PNG"),
                    tuple("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            java.util.List.of("docx"), "Word（DOCX）"));
    }
}
