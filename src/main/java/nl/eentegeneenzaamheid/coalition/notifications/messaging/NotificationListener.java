package nl.eentegeneenzaamheid.coalition.notifications.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationFailedException;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationRetries;
import nl.eentegeneenzaamheid.coalition.notifications.Notifications;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Mails what the events ask for, with its own consumer group on the events topic, and never holds the partition up:
 * <ul>
 *   <li>a mail that cannot be built or that the mail server refuses for good: the others of the event still go out,
 *   the event goes to {@code coalition.notifications.v1.DLT} at once with the reason, its secret is wiped and the
 *   staff's digest names whom it did not reach;</li>
 *   <li>a failure that may pass (the mail server away): the event is kept aside in {@code notification_retry} and
 *   tried again with a doubling wait ({@link NotificationRetrier}), while the next events are mailed at once.</li>
 * </ul>
 * Only a failure of the module's own database (nothing can be recorded) holds the partition, retried in place.
 */
@Component
class NotificationListener {

    static final String GROUP = "coalition-notifications";

    private final Notifications notifications;
    private final NotificationRetries retries;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ObjectMapper json;

    NotificationListener(Notifications notifications, NotificationRetries retries,
                         DeadLetterPublishingRecoverer notificationDeadLetters, ObjectMapper json) {
        this.notifications = notifications;
        this.retries = retries;
        this.deadLetters = notificationDeadLetters;
        this.json = json;
    }

    @KafkaListener(id = GROUP, topics = "${coalition.kafka.topics.events.name}",
            containerFactory = NotificationsKafkaConfiguration.FACTORY, properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, String> record) throws JsonProcessingException {
        JsonNode event = json.readTree(record.value());
        try {
            Notifications.Outcome outcome = notifications.handle(event);
            if (!outcome.undeliverable().isEmpty()) {
                deadLetters.accept(record, new NotificationFailedException(String.join("; ",
                        outcome.undeliverable()), null));
            }
        } catch (NotificationFailedException e) {
            retries.keep(event.path("id").asText(), record.topic(), record.partition(), record.offset(),
                    record.key(), record.value(), e.getMessage());
        }
    }
}
