package nl.eentegeneenzaamheid.coalition.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coalition.notifications.*}.
 *
 * @param from          the sender of every mail
 * @param staffAddress  the programme team's shared mailbox
 * @param digestCron    when the staff's digest of overdue tasks goes out (Dutch time)
 * @param retry         how an SMTP failure is retried before the event goes to the dead-letter topic
 * @param maxAge        events older than this are not mailed (a new consumer group on an old topic, say): longer
 *                      than any outage the consumer should catch up on, as long as a link stays valid
 * @param consumers     consumer threads that share the events topic's partitions and send mail side by side; one
 *                      municipality's mail stays in order (its events share a partition). At most the partitions
 */
@ConfigurationProperties("coalition.notifications")
public record NotificationsProperties(
        @DefaultValue("Eén tegen eenzaamheid <noreply@eentegeneenzaamheid.nl>") String from,
        @DefaultValue("programma@eentegeneenzaamheid.nl") String staffAddress,
        @DefaultValue("0 0 7 * * MON-FRI") String digestCron,
        @DefaultValue Retry retry,
        @DefaultValue("P14D") Duration maxAge,
        @DefaultValue("4") int consumers) {

    /**
     * @param firstBackoff the wait after the first failure; it doubles each time
     * @param maxBackoff   the longest wait
     * @param attempts     retries before the event is dead-lettered
     */
    public record Retry(
            @DefaultValue("2s") Duration firstBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("8") int attempts) {
    }
}
