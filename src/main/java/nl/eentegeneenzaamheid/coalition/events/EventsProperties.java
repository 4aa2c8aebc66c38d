package nl.eentegeneenzaamheid.coalition.events;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the event stream and its outbox relay ({@code coalition.events.*}).
 *
 * @param source the CloudEvents {@code source} attribute of every event this application publishes
 * @param topic             the topic of the journey's domain events (channel {@value EventType#EVENTS})
 * @param signingAuditTopic the topic of the signing audit trails' heads (channel {@value EventType#SIGNING_AUDIT})
 * @param relay             how the outbox relay works
 */
@ConfigurationProperties("coalition.events")
public record EventsProperties(
        @DefaultValue("urn:nl:eentegeneenzaamheid:coalition-workflow") URI source,
        @DefaultValue("coalition.onboarding.events.v1") String topic,
        @DefaultValue("coalition.signing.audit.v1") String signingAuditTopic,
        @DefaultValue Relay relay) {

    /** The topic of an event type's channel. */
    public String topicOf(Class<? extends DomainEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        String channel = type == null ? EventType.EVENTS : type.channel();
        return switch (channel) {
            case EventType.EVENTS -> topic;
            case EventType.SIGNING_AUDIT -> signingAuditTopic;
            default -> throw new IllegalArgumentException(eventClass.getName() + " names the unknown channel "
                    + channel);
        };
    }

    /**
     * @param enabled          whether this node takes part in relaying (one node at a time is the leader)
     * @param batchSize        rows read and sent per round
     * @param pollInterval     the longest wait for a commit notification before the relay looks anyway
     * @param maxBackoff       the longest pause after a failure (Kafka or the database unreachable)
     * @param sendTimeout      how long a round waits for Kafka's acknowledgements
     * @param retention        how long published rows are kept before they are deleted
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500") int batchSize,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("5s") Duration maxBackoff,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("7d") Duration retention) {
    }
}
