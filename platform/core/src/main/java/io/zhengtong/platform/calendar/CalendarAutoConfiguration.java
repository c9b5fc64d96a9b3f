package io.zhengtong.platform.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one working-day calendar every service counts deadlines on. For now the verified 2024-2026
 * schedule shipped with the platform; loading new years by an administrator comes later.
 */
@AutoConfiguration
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.onSeedSchedule();
    }
}
