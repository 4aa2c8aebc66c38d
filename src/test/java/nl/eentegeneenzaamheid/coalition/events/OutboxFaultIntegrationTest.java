package nl.eentegeneenzaamheid.coalition.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.events.internal.OutboxRelay;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox under faults, on the real database and broker: Kafka away, the application restarted with unpublished
 * rows, and two application nodes' relays on one database.
 */
@IntegrationTest
class OutboxFaultIntegrationTest {

    private static final String PROBE = "nl.eentegeneenzaamheid.coalition.outbox-probe.v1";

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired OutboxRelay relay;
    @Autowired DataSource dataSource;
    @Autowired ProducerFactory<String, String> producerFactory;
    @Autowired EventsProperties properties;
    @Autowired MeterRegistry meters;
    @Autowired TestRestTemplate rest;

    EventStream events;
    final String run = UUID.randomUUID().toString();
    final List<DefaultKafkaProducerFactory<String, String>> nodeProducers = new ArrayList<>();

    @BeforeEach
    void openEventStream() {
        events = EventStream.fromNow(kafka.bootstrapServers(), properties.topic());
    }

    @AfterEach
    void restoreTheSystem() {
        kafka.start();
        relay.start();
        events.close();
        nodeProducers.forEach(DefaultKafkaProducerFactory::destroy);
    }

    @Test
    void events_written_while_kafka_is_down_wait_and_arrive_in_order_when_it_is_back() {
        // given Kafka is down
        kafka.stop();

        // when the application goes on working: events for three municipalities, interleaved, and a real intent
        List<String> keys = List.of("GM0034", "GM0037", "GM0047");
        for (int sequence = 0; sequence < 10; sequence++) {
            for (String key : keys) {
                append(key, sequence);
            }
        }
        Api.Response intent = new Api(rest).post("/api/v1/intents", "gemeente-api", Api.intent("GM0200"));
        assertThat(intent.status()).as("the API works while Kafka is down").isEqualTo(201);

        // then the events wait in the outbox, and the metrics and readiness say so
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gauge("coalition.outbox.backlog")).isGreaterThanOrEqualTo(31);
            assertThat(gauge("coalition.outbox.oldest.unpublished.age")).isGreaterThan(0);
        });
        Api.Response readiness = new Api(rest).get("/actuator/health/readiness", "admin");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body().path("components").path("kafka").path("status").asText()).isEqualTo("DOWN");

        // when Kafka is back
        kafka.start();

        // then every event arrives by itself, each municipality's in the order they were written
        events.awaitUntil(all -> keys.stream().allMatch(
                key -> firstOccurrences(all.stream().filter(probe()).toList(), key).size() == 10), Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> received = events.matching(probe());
        for (String key : keys) {
            assertThat(firstOccurrences(received, key)).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        }
        events.awaitOne(EventStream.event("nl.eentegeneenzaamheid.coalition.intent-registered.v1",
                "onboardingId", intent.body().path("onboardingId").asText()), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("coalition.outbox.backlog") == 0);
    }

    @Test
    void events_left_unpublished_by_a_stopped_application_are_delivered_after_the_restart() {
        // given the application stopped before its relay published these events
        relay.stop();
        for (int sequence = 0; sequence < 5; sequence++) {
            append("GM0050", sequence);
        }
        events.drain(Duration.ofMillis(500));
        assertThat(events.matching(probe())).isEmpty();

        // when the application starts again (a new relay, with a new connection and producer)
        OutboxRelay restarted = node("restarted");
        restarted.start();
        try {
            // then they are delivered, in order
            List<ConsumerRecord<String, String>> received = events.await(probe(), 5, Duration.ofSeconds(30));
            assertThat(firstOccurrences(received, "GM0050")).containsExactly(0, 1, 2, 3, 4);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void two_nodes_on_one_database_never_publish_a_row_twice_and_keep_each_municipalitys_order() throws Exception {
        // given two application nodes, each with its relay, on one database
        relay.stop();
        OutboxRelay nodeA = node("node-a");
        OutboxRelay nodeB = node("node-b");
        nodeA.start();
        nodeB.start();
        try {
            // when four writers write 50 events each for their own municipality, at the same time
            List<String> keys = List.of("GM0059", "GM0060", "GM0072", "GM0074");
            ExecutorService writers = Executors.newFixedThreadPool(keys.size());
            List<Future<?>> writing = keys.stream().map(key -> writers.submit(() -> {
                for (int sequence = 0; sequence < 50; sequence++) {
                    append(key, sequence);
                }
            })).collect(Collectors.toList());
            for (Future<?> writer : writing) {
                writer.get();
            }
            writers.shutdown();

            // then each event arrives exactly once, and each municipality's in order
            List<ConsumerRecord<String, String>> received = events.await(probe(), 200, Duration.ofSeconds(60));
            events.drain(Duration.ofMillis(500));
            received = events.matching(probe());
            assertThat(received).hasSize(200);
            assertThat(received.stream().map(r -> EventStream.json(r).path("id").asText()).distinct()).hasSize(200);
            for (String key : keys) {
                assertThat(sequences(received, key)).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
            }
            assertThat(List.of(nodeA.isLeader(), nodeB.isLeader())).containsExactlyInAnyOrder(true, false);

            // and when the publishing node stops, the other takes over
            OutboxRelay leader = nodeA.isLeader() ? nodeA : nodeB;
            OutboxRelay follower = leader == nodeA ? nodeB : nodeA;
            leader.stop();
            for (int sequence = 50; sequence < 55; sequence++) {
                append("GM0059", sequence);
            }
            List<ConsumerRecord<String, String>> afterFailover = events.await(
                    probe().and(r -> EventStream.json(r).path("data").path("sequence").asInt() >= 50), 5,
                    Duration.ofSeconds(30));
            assertThat(sequences(afterFailover, "GM0059")).containsExactly(50, 51, 52, 53, 54);
            assertThat(follower.isLeader()).isTrue();
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }

    @Test
    void a_commit_wakes_the_relay_at_once_instead_of_waiting_for_its_next_look() {
        // given a relay that, without a wake-up, would look for new events only once an hour
        relay.stop();
        EventsProperties.Relay hourly = new EventsProperties.Relay(true, 500, Duration.ofHours(1),
                properties.relay().maxBackoff(), properties.relay().sendTimeout(), properties.relay().retention());
        DefaultKafkaProducerFactory<String, String> producers =
                new DefaultKafkaProducerFactory<>(producerFactory.getConfigurationProperties());
        nodeProducers.add(producers);
        OutboxRelay sleepy = new OutboxRelay("hourly", dataSource, new KafkaTemplate<>(producers), hourly, meters);
        sleepy.start();
        try {
            append("GM0106", 0);
            events.await(probe(), 1, Duration.ofSeconds(30)); // from its first look, or a wake-up

            // when an event is committed after that look
            append("GM0106", 1);

            // then only the commit's notification can have brought it this soon
            List<ConsumerRecord<String, String>> received = events.await(probe(), 2, Duration.ofSeconds(30));
            assertThat(sequences(received, "GM0106")).containsExactly(0, 1);
        } finally {
            sleepy.stop();
        }
    }

    private void append(String municipalityCode, int sequence) {
        transactions.executeWithoutResult(status -> outbox.append(new OutboxProbe(municipalityCode, run, sequence)));
    }

    /** A relay as another application node has it: its own database connection and Kafka producer. */
    private OutboxRelay node(String name) {
        DefaultKafkaProducerFactory<String, String> producers =
                new DefaultKafkaProducerFactory<>(producerFactory.getConfigurationProperties());
        nodeProducers.add(producers);
        return new OutboxRelay(name, dataSource, new KafkaTemplate<>(producers), properties.relay(), meters);
    }

    private Predicate<ConsumerRecord<String, String>> probe() {
        return record -> {
            JsonNode event = EventStream.json(record);
            return PROBE.equals(event.path("type").asText()) && run.equals(event.path("data").path("run").asText());
        };
    }

    private static List<Integer> sequences(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key()))
                .map(r -> EventStream.json(r).path("data").path("sequence").asInt()).toList();
    }

    /** The order in which each sequence number was first seen: a redelivered duplicate does not count twice. */
    private static List<Integer> firstOccurrences(List<ConsumerRecord<String, String>> records, String key) {
        Map<Integer, Boolean> seen = new LinkedHashMap<>();
        sequences(records, key).forEach(sequence -> seen.putIfAbsent(sequence, true));
        return List.copyOf(seen.keySet());
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
