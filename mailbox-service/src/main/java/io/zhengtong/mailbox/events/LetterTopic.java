package io.zhengtong.mailbox.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The mailbox owns its topic: created at start-up if missing (the first event would otherwise wait
 * for the broker to auto-create it, and time out). The replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
class LetterTopic {

    /** All of a letter's events, keyed by letter id so they stay in order. */
    static final String TOPIC = "mailbox.letters";

    @Bean
    NewTopic letterEventsTopic(@Value("${zhengtong.mailbox.letter-topic-partitions:3}") int partitions,
            @Value("${zhengtong.events.topic-prefix:}") String topicPrefix) {
        return TopicBuilder.name(topicPrefix + TOPIC).partitions(partitions).build();
    }
}
