package nl.eentegeneenzaamheid.coalition.notifications.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.notifications.Notifications;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mails what the events ask for, with its own consumer group on the events topic. A failure (the mail server away,
 * an address it refuses) is retried with backoff; after the last retry the event goes to
 * {@code coalition.notifications.v1.DLT} with the reason, and the listener carries on with the next event.
 */
@Component
class NotificationListener {

    static final String GROUP = "coalition-notifications";

    private final Notifications notifications;
    private final ObjectMapper json;

    NotificationListener(Notifications notifications, ObjectMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @KafkaListener(id = GROUP, topics = "${coalition.kafka.topics.events.name}",
            containerFactory = NotificationsKafkaConfiguration.FACTORY, properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, String> record) throws JsonProcessingException {
        JsonNode event = json.readTree(record.value());
        notifications.handle(event);
    }
}
