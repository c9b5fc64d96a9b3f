package io.zhengtong.exchange.receiving;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
class ReceivingConfiguration {

    /** The standard delays (特急 2 office hours, 加急 1 working day, others 3) on the platform's calendar. */
    @Bean
    ReminderPolicy reminderPolicy(WorkingDayCalendar calendar) {
        return ReminderPolicy.standard(calendar);
    }
}
