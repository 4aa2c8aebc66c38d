package nl.eentegeneenzaamheid.coalition.rollout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of the events topic as a dashboard would be one: it reads from the moment the run starts and notes,
 * for every CloudEvent id, when it first arrived and how often. Lost and duplicated events are counted against the
 * outbox afterwards.
 */
final class EventWatcher implements AutoCloseable {

    static final String TOPIC = "coalition.onboarding.events.v1";

    private final KafkaConsumer<String, String> consumer;
    private final Map<UUID, Instant> firstReceipt = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> receipts = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EventWatcher(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "national-rollout-watcher");
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "national-rollout-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                Instant now = Instant.now();
                records.incrementAndGet();
                UUID id = id(record.value());
                if (id != null) {
                    firstReceipt.putIfAbsent(id, now);
                    receipts.merge(id, 1, Integer::sum);
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private static UUID id(String value) {
        try {
            JsonNode event = Http.JSON.readTree(value);
            return UUID.fromString(event.path("id").asText());
        } catch (Exception e) {
            return null;
        }
    }

    Map<UUID, Instant> firstReceipts() {
        return firstReceipt;
    }

    /** Ids that arrived more than once. */
    long duplicated() {
        return receipts.values().stream().filter(count -> count > 1).count();
    }

    long records() {
        return records.get();
    }

    boolean received(UUID id) {
        return firstReceipt.containsKey(id);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
