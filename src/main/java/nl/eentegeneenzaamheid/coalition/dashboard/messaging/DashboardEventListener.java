package nl.eentegeneenzaamheid.coalition.dashboard.messaging;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.dashboard.DashboardProjection;
import nl.eentegeneenzaamheid.coalition.dashboard.DashboardStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboard from the events topic with its own consumer group. An unreadable message is skipped and logged
 * (a read model never blocks the country on one bad record); a failure of the database is retried until it is back
 * (see {@link DashboardKafkaConfiguration}). Rebuilding empties the tables and reads the topic from the beginning.
 */
@Component
public class DashboardEventListener extends AbstractConsumerSeekAware {

    public static final String GROUP = "coalition-dashboard";
    private static final Logger log = LoggerFactory.getLogger(DashboardEventListener.class);

    private final DashboardProjection projection;
    private final DashboardStream stream;
    private final ObjectMapper json;

    DashboardEventListener(DashboardProjection projection, DashboardStream stream, ObjectMapper json) {
        this.projection = projection;
        this.stream = stream;
        this.json = json;
    }

    @KafkaListener(id = GROUP, topics = "${coalition.kafka.topics.events.name}",
            containerFactory = DashboardKafkaConfiguration.FACTORY,
            properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, String> record) {
        JsonNode event;
        try {
            event = json.readTree(record.value());
        } catch (JsonProcessingException e) {
            log.warn("Skipped an unreadable event at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getOriginalMessage());
            return;
        }
        boolean applied;
        try {
            applied = projection.apply(event);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            log.warn("Skipped an event the dashboard cannot read at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (applied) {
            stream.changed();
        }
    }

    /** Empties the read model and reads the whole topic again. */
    public int rebuild() {
        projection.clear();
        Map<TopicPartition, ConsumerSeekCallback> partitions = getSeekCallbacks();
        partitions.forEach((partition, callback) -> callback.seekToBeginning(partition.topic(),
                partition.partition()));
        log.info("Dashboard rebuild: read model emptied, {} partitions rewound to the beginning", partitions.size());
        stream.changed();
        return partitions.size();
    }
}
