package io.zhengtong.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.apache.kafka.clients.admin.NewTopic;

class EventTopicsTest {

    @Test
    void aServiceDeclaresTheTopicOfEveryEventContractInItsPackagesWithItsEnvironmentsPrefix() {
        List<NewTopic> topics = EventTopics.newTopics(List.of("io.zhengtong.platform.events"),
                new StandardEnvironment(), new EventsProperties(null, null, null, "test.", null));

        assertThat(topics).singleElement().satisfies(topic -> {
            assertThat(topic.name()).isEqualTo("test.portal.articles");
            assertThat(topic.numPartitions()).isEqualTo(3);
        });
    }

    @Test
    void packagesWithoutEventContractsDeclareNoTopic() {
        assertThat(EventTopics.topicsIn(List.of("io.zhengtong.platform.problem"), new StandardEnvironment())).isEmpty();
    }
}
