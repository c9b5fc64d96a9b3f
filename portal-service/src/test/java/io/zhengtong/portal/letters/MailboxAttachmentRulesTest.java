package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.zhengtong.portal.letters.MailboxApi.AttachmentRules;
import io.zhengtong.portal.letters.MailboxApi.AttachmentType;

class MailboxAttachmentRulesTest {

    static final AttachmentRules TWO_PDFS = new AttachmentRules(2, 1024 * 1024,
            List.of(new AttachmentType("application/pdf", List.of("pdf"), "PDF")));
    static final AttachmentRules FIVE_PNGS = new AttachmentRules(5, 1024 * 1024,
            List.of(new AttachmentType("image/png", List.of("png"), "PNG")));

    /** The mailbox's answers in order: rules, or an exception (it cannot tell). */
    final Deque<Object> answers = new ArrayDeque<>();
    int asked;
    Instant now = Instant.parse("2026-11-22T08:00:00Z");

    final Supplier<AttachmentRules> mailbox = () -> {
        asked++;
        Object answer = answers.removeFirst();
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        return (AttachmentRules) answer;
    };

    final MailboxAttachmentRules rules = new MailboxAttachmentRules(mailbox, () -> now);

    private static RuntimeException down() {
        return new MailboxUnavailable(new java.net.ConnectException("Connection refused"));
    }

    @Test
    void theMailboxsRulesAreUsedAndAskedForOnlyOnceInFiveMinutes() {
        answers.add(TWO_PDFS);
        answers.add(FIVE_PNGS);

        assertThat(rules.current()).isEqualTo(TWO_PDFS);
        now = now.plus(Duration.ofMinutes(4));
        assertThat(rules.current()).isEqualTo(TWO_PDFS);
        assertThat(asked).isEqualTo(1);

        now = now.plus(Duration.ofMinutes(1));
        assertThat(rules.current()).isEqualTo(FIVE_PNGS);
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void withTheMailboxDownFromTheStartTheBuiltInFallbackIsUsedAndAskedAgainAfterHalfAMinute() {
        answers.add(down());
        answers.add(TWO_PDFS);

        assertThat(rules.current()).isEqualTo(MailboxAttachmentRules.FALLBACK);
        now = now.plus(Duration.ofSeconds(29));
        assertThat(rules.current()).isEqualTo(MailboxAttachmentRules.FALLBACK);
        assertThat(asked).isEqualTo(1);

        now = now.plus(Duration.ofSeconds(1));
        assertThat(rules.current()).isEqualTo(TWO_PDFS);
    }

    @Test
    void whenTheMailboxGoesDownTheRulesLastHeardStayRatherThanTheFallback() {
        answers.add(TWO_PDFS);
        answers.add(down());

        rules.current();
        now = now.plus(Duration.ofMinutes(6));

        assertThat(rules.current()).isEqualTo(TWO_PDFS);
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void anOlderMailboxWithoutTheAddressOrNonsenseRulesMeanTheFallback() {
        answers.add(new MailboxRefusal(404, "about:blank", "请求的资源不存在", null, List.of(), null));
        assertThat(rules.current()).isEqualTo(MailboxAttachmentRules.FALLBACK);

        now = now.plus(MailboxAttachmentRules.RETRY);
        answers.add(new AttachmentRules(0, 1024, TWO_PDFS.types()));
        assertThat(rules.current()).isEqualTo(MailboxAttachmentRules.FALLBACK);

        now = now.plus(MailboxAttachmentRules.RETRY);
        answers.add(new AttachmentRules(3, 1024, List.of()));
        assertThat(rules.current()).isEqualTo(MailboxAttachmentRules.FALLBACK);
        assertThat(asked).isEqualTo(3);
    }
}
