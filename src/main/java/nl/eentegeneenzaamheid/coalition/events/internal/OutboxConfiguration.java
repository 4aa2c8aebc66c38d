package nl.eentegeneenzaamheid.coalition.events.internal;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    @ConditionalOnProperty(name = "coalition.events.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, KafkaTemplate<String, String> kafkaTemplate,
                            EventsProperties properties, MeterRegistry meters) {
        return new OutboxRelay("main", dataSource, kafkaTemplate, properties.relay(), meters);
    }
}
