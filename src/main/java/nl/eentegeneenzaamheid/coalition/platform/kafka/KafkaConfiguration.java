package nl.eentegeneenzaamheid.coalition.platform.kafka;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics coalitionTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(properties.topics().all().stream()
                .map(topic -> new NewTopic(topic.name(), Optional.of(topic.partitions()), properties.replication())
                        .configs(Map.of("retention.ms", Long.toString(topic.retention()))))
                .toArray(NewTopic[]::new));
    }

    /**
     * A rejected command goes at once to {@code <topic>.DLT}; any other failure (the database briefly away, say) is
     * retried with backoff first, then dead-lettered too. Either way the listener carries on with the next message.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<String, String> kafka) {
        DeadLetterPublishingRecoverer recoverer = DeadLetters.to(kafka, topic -> topic + ".DLT");
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(120_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(CommandRejectedException.class, ConversionException.class);
        return handler;
    }
}
