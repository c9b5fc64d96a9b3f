package io.zhengtong.mailbox.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test sets: the service's "now" (submission, due-date checks) follows it. {@code null} = the real time. */
final class TestClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    void set(Instant now) {
        fixed.set(now);
    }

    /** Noon (Asia/Shanghai) of that day. */
    void setNoonOf(LocalDate day) {
        set(day.atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
