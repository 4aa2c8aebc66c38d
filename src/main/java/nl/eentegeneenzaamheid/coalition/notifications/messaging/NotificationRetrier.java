package nl.eentegeneenzaamheid.coalition.notifications.messaging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationFailedException;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationRetries;
import nl.eentegeneenzaamheid.coalition.notifications.Notifications;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries the events kept aside again once they are due; after the last attempt dead-letters them with the reason,
 * wipes their secret and records whom they did not reach. Each due event is taken by one node.
 */
@Component
class NotificationRetrier {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetrier.class);
    /** A few at a time, so that a claim's lease outlasts their sending even when every mail times out (25 s). */
    private static final int BATCH = 5;
    /** Longer than sending a batch takes; a node that dies holding a claim delays those mails this long. */
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(10);

    private final NotificationRetries retries;
    private final Notifications notifications;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ObjectMapper json;

    NotificationRetrier(NotificationRetries retries, Notifications notifications,
                        DeadLetterPublishingRecoverer notificationDeadLetters, ObjectMapper json) {
        this.retries = retries;
        this.notifications = notifications;
        this.deadLetters = notificationDeadLetters;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${coalition.notifications.retry.poll:1s}", initialDelayString = "5s")
    void retryDue() {
        try {
            List<NotificationRetries.Pending> due;
            do {
                due = retries.claimDue(BATCH, LEASE);
                due.forEach(this::retry);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Retrying mail failed this round (the database away?): {}", e.toString());
        }
    }

    private void retry(NotificationRetries.Pending pending) {
        JsonNode event;
        try {
            event = json.readTree(pending.payload());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the listener read it before it kept it aside; should it be unreadable now, it is dead-lettered
            deadLetters.accept(record(pending), new NotificationFailedException("The event kept for another attempt "
                    + "is not JSON: " + e.getOriginalMessage(), e));
            retries.done(pending);
            return;
        }
        try {
            Notifications.Outcome outcome = notifications.handle(event);
            if (!outcome.undeliverable().isEmpty()) {
                deadLetters.accept(record(pending), new NotificationFailedException(String.join("; ",
                        outcome.undeliverable()), null));
            }
            retries.done(pending);
        } catch (NotificationFailedException e) {
            if (!retries.failedAgain(pending, e.getMessage())) {
                String reason = e.getMessage() + " (given up after " + pending.attempts() + " attempts)";
                notifications.giveUp(event, reason);
                deadLetters.accept(record(pending), new NotificationFailedException(reason, e));
                retries.done(pending);
            }
        }
    }

    private static ConsumerRecord<String, String> record(NotificationRetries.Pending pending) {
        return new ConsumerRecord<>(pending.topic(), pending.partition(), pending.offset(), pending.key(),
                pending.payload());
    }
}
