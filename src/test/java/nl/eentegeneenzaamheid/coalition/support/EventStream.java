package nl.eentegeneenzaamheid.coalition.support;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer, as another team's service would have, that reads a topic from the moment it is opened.
 */
public final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private EventStream(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Opens the topic at its current end: only what is published from now on is read. */
    public static EventStream fromNow(String bootstrapServers, String topic) {
        return new EventStream(consumerAtEnd(bootstrapServers, topic, Map.of()));
    }

    /**
     * A consumer of every partition of {@code topic}, positioned at its current end before anything more is
     * produced; {@code settings} adds to or overrides the plain consumer's.
     */
    public static KafkaConsumer<String, String> consumerAtEnd(String bootstrapServers, String topic,
                                                              Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        properties.putAll(settings);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything is produced
        return consumer;
    }

    /** Everything received so far, in the order of arrival (per partition: the order on the topic). */
    public List<ConsumerRecord<String, String>> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} received messages match, and returns those. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> match, int count,
                                                      Duration atMost) {
        awaitUntil(all -> all.stream().filter(match).count() >= count, atMost);
        return matching(match);
    }

    /** Reads until everything received so far satisfies the condition. */
    public void awaitUntil(Predicate<List<ConsumerRecord<String, String>>> condition, Duration atMost) {
        Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return condition.test(received);
        });
    }

    public ConsumerRecord<String, String> awaitOne(Predicate<ConsumerRecord<String, String>> match, Duration atMost) {
        return await(match, 1, atMost).get(0);
    }

    /** Reads for a while more, for tests that assert that nothing further arrives. */
    public void drain(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
    }

    public List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> match) {
        return received.stream().filter(match).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(received::add);
    }

    public static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + record.value(), e);
        }
    }

    /** Matches CloudEvents of this type whose data field has this value. */
    public static Predicate<ConsumerRecord<String, String>> event(String type, String dataField, String value) {
        return record -> {
            JsonNode event = json(record);
            return type.equals(event.path("type").asText()) && value.equals(event.path("data").path(dataField).asText());
        };
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
