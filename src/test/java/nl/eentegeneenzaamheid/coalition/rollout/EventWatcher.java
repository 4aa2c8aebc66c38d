package nl.eentegeneenzaamheid.coalition.rollout;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.eentegeneenzaamheid.coalition.support.EventStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

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
        consumer = EventStream.consumerAtEnd(bootstrapServers, TOPIC, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10,
                ConsumerConfig.CLIENT_ID_CONFIG, "national-rollout-watcher"));
        thread = new Thread(this::poll, "national-rollout-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                Instant now = Instant.now();
                records.incrementAndGet();
                UUID id = id(record);
                if (id != null) {
                    firstReceipt.putIfAbsent(id, now);
                    receipts.merge(id, 1, Integer::sum);
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private static UUID id(ConsumerRecord<String, String> record) {
        try {
            return UUID.fromString(EventStream.json(record).path("id").asText());
        } catch (IllegalArgumentException | AssertionError notAnEvent) {
            // not a CloudEvent (EventStream.json refuses what is not JSON): counted as a record, not an event
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
