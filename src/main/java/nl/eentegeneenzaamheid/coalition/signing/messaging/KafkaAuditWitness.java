package nl.eentegeneenzaamheid.coalition.signing.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditWitness;
import nl.eentegeneenzaamheid.coalition.signing.SigningAuditAppended;
import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads an envelope's published heads from the audit topic: only the partition its key maps to (the producer's
 * default partitioner), from the beginning to the end offset at the time of the call, with a consumer of its own that
 * joins no group and commits nothing.
 */
@Component
class KafkaAuditWitness implements AuditWitness {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConsumerFactory<?, ?> consumers;
    private final String topic;
    private final ObjectMapper json;

    KafkaAuditWitness(ConsumerFactory<?, ?> consumers, EventsProperties events, ObjectMapper json) {
        this.consumers = consumers;
        this.topic = events.signingAuditTopic();
        this.json = json;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public List<WitnessCheck.PublishedHead> publishedHeads(UUID envelopeId) {
        String key = SigningAuditAppended.key(envelopeId);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.StringDeserializer");
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.StringDeserializer");
        overrides.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        overrides.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        Instant deadline = Instant.now().plus(TIMEOUT);
        try (Consumer<?, ?> consumer = consumers.createConsumer(null, "coalition-audit-witness", null, overrides)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new WitnessUnavailableException("the topic " + topic + " does not exist", null);
            }
            TopicPartition partition = new TopicPartition(topic,
                    Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions.size());
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            List<WitnessCheck.PublishedHead> heads = new ArrayList<>();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new WitnessUnavailableException("reading " + topic + " took longer than "
                            + TIMEOUT.toSeconds() + " s", null);
                }
                for (ConsumerRecord<?, ?> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && record.offset() < end) {
                        heads.add(head(String.valueOf(record.value())));
                    }
                }
            }
            return heads;
        } catch (KafkaException e) {
            throw new WitnessUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private WitnessCheck.PublishedHead head(String cloudEvent) {
        try {
            JsonNode data = json.readTree(cloudEvent).path("data");
            return new WitnessCheck.PublishedHead(data.path("seq").asInt(), data.path("entryHash").asText());
        } catch (java.io.IOException e) {
            throw new WitnessUnavailableException("a record on " + topic + " is not a CloudEvent: "
                    + e.getMessage(), e);
        }
    }
}
