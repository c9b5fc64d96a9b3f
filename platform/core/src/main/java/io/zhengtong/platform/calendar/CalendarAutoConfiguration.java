package io.zhengtong.platform.calendar;

import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one working-day calendar every service counts deadlines on. It starts on the verified seed
 * schedule shipped with the platform and follows the schedule the owner service publishes
 * ({@link CalendarDistribution}); the owner ({@code zhengtong.calendar.admin.enabled: true}, the
 * portal) stores the versions and serves the administration API.
 */
@AutoConfiguration
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.onSeedSchedule();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaListener.class)
    @ConditionalOnProperty(prefix = "zhengtong.calendar.distribution", name = "enabled", matchIfMissing = true)
    static class Distribution {

        @Bean
        CalendarDistribution calendarDistribution(WorkingDayCalendar calendar, JsonMapper json,
                ApplicationEventPublisher events) {
            return new CalendarDistribution(calendar, json, events);
        }

        // Compacted, one partition: the last record (key working-day-calendar) is the whole current schedule.
        @Bean
        NewTopic calendarTopic(@Value("${zhengtong.events.topic-prefix:}") String prefix) {
            return TopicBuilder.name(prefix + CalendarScheduleChanged.TOPIC).partitions(1).compact().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "zhengtong.calendar.admin", name = "enabled")
    @Import(CalendarAdminController.class)
    static class Administration {

        @Bean
        CalendarStore calendarStore(JdbcTemplate jdbc) {
            return new CalendarStore(jdbc);
        }

        @Bean
        CalendarAdministration calendarAdministration(CalendarStore store, ApplicationEventPublisher events,
                ObjectProvider<Clock> clock) {
            return new CalendarAdministration(store, events, clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        ApplicationListener<ApplicationReadyEvent> calendarSeedLoading(CalendarAdministration administration) {
            return ready -> {
                try {
                    administration.loadSeedAndPublish();
                }
                catch (RuntimeException e) {
                    // The calendar still counts on the seed or the topic's schedule; the next start tries again.
                    LoggerFactory.getLogger(CalendarAutoConfiguration.class)
                        .warn("Could not load or publish the calendar schedule: {}", e.toString());
                }
            };
        }
    }
}
