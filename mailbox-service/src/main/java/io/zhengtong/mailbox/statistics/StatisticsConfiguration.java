package io.zhengtong.mailbox.statistics;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

    /** The year-end assessment's weights from {@code zhengtong.mailbox.assessment.*} (README: the formula). */
    @Bean
    AssessmentWeights assessmentWeights(@Value("${zhengtong.mailbox.assessment.answered-weight:0.3}") double answered,
            @Value("${zhengtong.mailbox.assessment.on-time-weight:0.4}") double onTime,
            @Value("${zhengtong.mailbox.assessment.satisfaction-weight:0.3}") double satisfaction,
            @Value("${zhengtong.mailbox.assessment.overdue-penalty:2}") double overduePenalty) {
        return new AssessmentWeights(answered, onTime, satisfaction, overduePenalty);
    }

    /** {@code zhengtong.mailbox.statistics.settle-delay}: how long after its end a month is frozen. */
    @Bean
    MonthSettlement monthSettlement(@Value("${zhengtong.mailbox.statistics.settle-delay:P3D}") Duration settleDelay) {
        return new MonthSettlement(settleDelay);
    }

    /** {@code zhengtong.mailbox.statistics.live-cache}: how long live figures are reused (0 = not at all). */
    @Bean
    LiveCounts liveCounts(@Value("${zhengtong.mailbox.statistics.live-cache:PT2M}") Duration lifetime) {
        return new LiveCounts(lifetime, System::nanoTime);
    }
}
