package nl.eentegeneenzaamheid.coalition.platform.kafka;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics this application owns ({@code coalition.kafka.topics.*}); the same definitions live in
 * {@code infra/kafka/topics.yaml} for clusters where topics are managed outside the application.
 *
 * @param replicationFactor the replication factor for new topics; unset means the broker's default
 */
@ConfigurationProperties("coalition.kafka")
public record TopicsProperties(Topics topics, Short replicationFactor) {

    public record Topics(Topic events, Topic commands, Topic commandsDeadLetter, Topic notificationsDeadLetter,
                         Topic signingAudit) {

        public List<Topic> all() {
            return List.of(events, commands, commandsDeadLetter, notificationsDeadLetter, signingAudit);
        }
    }

    /**
     * @param name       the topic's name
     * @param partitions its partition count: events and commands are keyed by municipality code
     * @param retention  its retention.ms; -1 keeps messages for ever
     */
    public record Topic(String name, int partitions, @DefaultValue("-1") long retention) {
    }

    public Optional<Short> replication() {
        return Optional.ofNullable(replicationFactor);
    }
}
