package io.zhengtong.exchange.reminding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class RemindingConfiguration {

    /** The configured delays on the platform's working-day calendar: the board and the scheduler use the same. */
    @Bean
    ReminderPolicy reminderPolicy(ReminderSettings settings, WorkingDayCalendar calendar) {
        return settings.policy(calendar);
    }
}
