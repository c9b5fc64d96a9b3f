package io.zhengtong.exchange.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The producer owns its topic: created at start-up if missing (the first event would otherwise
 * wait for the broker to auto-create it, and time out). The replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeTopic {

    @Bean
    NewTopic exchangeDocumentsTopic(@Value("${zhengtong.exchange.document-topic-partitions:3}") int partitions,
            @Value("${zhengtong.events.topic-prefix:}") String topicPrefix) {
        return TopicBuilder.name(topicPrefix + ExchangeEvents.TOPIC).partitions(partitions).build();
    }
}
