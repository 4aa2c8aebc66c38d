package nl.eentegeneenzaamheid.coalition.notifications.messaging;

import nl.eentegeneenzaamheid.coalition.notifications.NotificationsProperties;
import nl.eentegeneenzaamheid.coalition.platform.Causes;
import nl.eentegeneenzaamheid.coalition.platform.kafka.DeadLetters;
import nl.eentegeneenzaamheid.coalition.platform.kafka.TopicsProperties;
import nl.eentegeneenzaamheid.coalition.platform.web.DatabaseOutage;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;


/**
 * The notifications' listener container. Mail failures never reach it (the listener keeps them aside); what does
 * (the module's database away) is retried in place with a doubling backoff, then dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsKafkaConfiguration {

    static final String FACTORY = "notificationsListenerContainerFactory";

    /** Publishes an event whose mail cannot be delivered, unchanged, to the dead-letter topic with the reason. */
    @Bean
    DeadLetterPublishingRecoverer notificationDeadLetters(KafkaOperations<String, String> kafka,
                                                          TopicsProperties topics) {
        String deadLetters = topics.topics().notificationsDeadLetter().name();
        return DeadLetters.to(kafka, topic -> deadLetters);
    }

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> notificationsListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            DeadLetterPublishingRecoverer notificationDeadLetters, TopicsProperties topics,
            NotificationsProperties properties) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        // the module's own database away: nothing can be recorded or mailed, so the partition waits for it as long as
        // it takes; anything else that escapes the listener is a message that will never be read: dead-lettered
        ExponentialBackOff whileTheDatabaseIsAway = new ExponentialBackOff(properties.retry().firstBackoff().toMillis(),
                2.0);
        whileTheDatabaseIsAway.setMaxInterval(properties.retry().maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(notificationDeadLetters, new FixedBackOff(0, 0));
        handler.setBackOffFunction((record, exception) -> DatabaseOutage.isCause(exception)
                || Causes.any(exception, DataAccessException.class) ? whileTheDatabaseIsAway : null);
        factory.setCommonErrorHandler(handler);
        factory.setConcurrency(Math.max(1, Math.min(properties.consumers(), topics.topics().events().partitions())));
        return factory;
    }
}
