package io.zhengtong.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class ConsumerFailureHandlingTest {

    @Test
    void aDependencyThatIsDownIsRecognisedEvenWhenTheListenerContainerWrapsIt() {
        RuntimeException wrapped = new ListenerExecutionFailedException("listener failed",
                new RetryLater("Elasticsearch is down", new java.net.ConnectException("refused")));

        assertThat(ConsumerFailureHandling.isRetryLater(wrapped)).isTrue();
    }

    @Test
    void anyOtherFailureIsRetriedAFewTimesAndThenDeadLettered() {
        assertThat(ConsumerFailureHandling.isRetryLater(new IllegalArgumentException("bad data"))).isFalse();
    }

    @Test
    void defaultsSuitAServiceThatSetsNothing() {
        EventsProperties defaults = new EventsProperties(null, null, null, null, null);

        assertThat(defaults.retries()).isEqualTo(4);
        assertThat(defaults.resubmitOlderThan()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.retryMaxPause()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.topicPrefix()).isEmpty();
    }
}
