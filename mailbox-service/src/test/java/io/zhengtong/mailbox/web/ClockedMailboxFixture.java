package io.zhengtong.mailbox.web;

import io.zhengtong.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A {@link MailboxFixture} whose service tells the time by the test's {@link TestClock}, with the
 * working-day calendar to pick the days. Every test starts and ends on the real time, so a clock
 * set back never leaks into the next test sharing the service.
 */
@Import(TestClock.Config.class)
abstract class ClockedMailboxFixture extends MailboxFixture {

    @Autowired
    TestClock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @BeforeEach
    void startOnRealTime() {
        clock.reset();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
