package io.zhengtong.mailbox.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionLimitTest {

    @Test
    void anHourlyWindowStartsOnTheFullHour() {
        assertThat(SubmissionLimit.windowStart(Instant.parse("2026-11-22T09:59:59Z"), Duration.ofHours(1)))
            .isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
        assertThat(SubmissionLimit.windowStart(Instant.parse("2026-11-22T10:00:00Z"), Duration.ofHours(1)))
            .isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void theFirstForwardedAddressIsTheCitizensAndThePeerIsUsedOnlyWithoutTheHeader() {
        assertThat(ClientAddress.of("203.0.113.7, 10.0.0.1", "127.0.0.1")).isEqualTo(new ClientAddress("203.0.113.7"));
        assertThat(ClientAddress.of(" ", "127.0.0.1")).isEqualTo(new ClientAddress("127.0.0.1"));
        assertThat(ClientAddress.of(null, null)).isEqualTo(new ClientAddress("unknown"));
    }

    @Test
    void theAddressIsCountedUnderAHashNotAsTyped() {
        assertThat(new ClientAddress("203.0.113.7").key()).hasSize(64).doesNotContain("203");
    }

    @Test
    void theRefusalSaysHowLongToWaitInMinutes() {
        TooManyLetters refusal = new TooManyLetters(5, Duration.ofHours(1), 61);
        assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("61");
        assertThat(refusal.getBody().getDetail()).isEqualTo("同一网络地址每小时最多提交5封信件，请于2分钟后再试。");
        assertThat(refusal.getStatusCode().value()).isEqualTo(429);
    }
}
