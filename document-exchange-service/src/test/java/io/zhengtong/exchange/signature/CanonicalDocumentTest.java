package io.zhengtong.exchange.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.document.Documents;

/** The exact bytes that are signed: the README's contract, checked character by character. */
class CanonicalDocumentTest {

    @Test
    void theMetadataFormHasEveryElementUnderASortedKey() {
        String form = new String(CanonicalDocument.metadata(Documents.notice()), StandardCharsets.UTF_8);

        assertThat(form).isEqualTo("{\"classification\":\"非密\","
                + "\"copyRecipients\":[{\"code\":\"finance\",\"name\":\"凤县财政局\"}],"
                + "\"disclosure\":\"主动公开\","
                + "\"issuer\":{\"code\":\"gov-office\",\"name\":\"凤县人民政府办公室\"},"
                + "\"mainRecipients\":[{\"code\":\"culture-tourism\",\"name\":\"凤县文化和旅游局\"},{\"code\":\"education\",\"name\":\"凤县教育局\"}],"
                + "\"number\":\"凤政办〔2026〕12号\","
                + "\"printedOn\":\"2026-03-03\","
                + "\"printer\":{\"code\":\"gov-office\",\"name\":\"凤县人民政府办公室\"},"
                + "\"signatories\":[\"王强\"],"
                + "\"title\":\"关于做好2026年春季森林防火工作的通知\","
                + "\"urgency\":\"加急\","
                + "\"writtenOn\":\"2026-03-02\"}");
    }

    @Test
    void titlesThatLookTheSameGiveTheSameForm() {
        assertThat(CanonicalDocument.metadata(Documents.notice("关于 做好\u3000森林防火工作的通知")))
            .isEqualTo(CanonicalDocument.metadata(Documents.notice(" 关于 做好 森林防火工作的通知\n")));
    }

    @Test
    void theManifestNamesFormatAlgorithmSignerTimeAndEveryFile() {
        byte[] manifest = CanonicalDocument.manifest(SignatureAlgorithm.SM2_SM3, "gov-office",
                Instant.parse("2026-03-03T02:30:00.123456Z"), "ab12",
                List.of(new SignedFile(FileRole.BODY, "正文.pdf", 2048, "cd34"),
                        new SignedFile(FileRole.ATTACHMENT, "附件1 名单.xlsx", 10, "ef56")));

        assertThat(new String(manifest, StandardCharsets.UTF_8)).isEqualTo("{\"algorithm\":\"sm2-sm3\","
                + "\"files\":[{\"digest\":\"cd34\",\"name\":\"正文.pdf\",\"role\":\"body\",\"size\":\"2048\"},"
                + "{\"digest\":\"ef56\",\"name\":\"附件1 名单.xlsx\",\"role\":\"attachment\",\"size\":\"10\"}],"
                + "\"format\":\"zhengtong.exchange.signed-document.v1\",\"hash\":\"sm3\","
                + "\"metadataDigest\":\"ab12\",\"signedAt\":\"2026-03-03T02:30:00.123Z\",\"signer\":\"gov-office\"}");
    }
}
