package io.zhengtong.platform.events;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The producer owns its topics: every topic named by an {@link EventContract} in the service's
 * own packages is created at start-up if missing (the first event would otherwise wait for the
 * broker to auto-create it, and time out). The replication factor is the broker's default.
 */
final class EventTopics {

    private EventTopics() {
    }

    static KafkaAdmin.NewTopics declare(List<String> packages, Environment environment, EventsProperties properties) {
        return new KafkaAdmin.NewTopics(newTopics(packages, environment, properties).toArray(NewTopic[]::new));
    }

    static List<NewTopic> newTopics(List<String> packages, Environment environment, EventsProperties properties) {
        return topicsIn(packages, environment).stream()
            .map(topic -> TopicBuilder.name(properties.topicPrefix() + topic).partitions(properties.partitions()).build())
            .toList();
    }

    /** The topics of the event contracts declared in these packages, by name. */
    static Set<String> topicsIn(List<String> packages, Environment environment) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventContract.class));
        Set<String> topics = new TreeSet<>();
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                try {
                    Class<?> type = Class.forName(candidate.getBeanClassName(), false, EventTopics.class.getClassLoader());
                    topics.add(type.getAnnotation(EventContract.class).topic());
                }
                catch (ClassNotFoundException e) {
                    throw new IllegalStateException("event contract " + candidate.getBeanClassName() + " not loadable", e);
                }
            }
        }
        return topics;
    }
}
