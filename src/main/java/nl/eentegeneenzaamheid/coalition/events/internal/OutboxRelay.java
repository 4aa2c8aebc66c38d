package nl.eentegeneenzaamheid.coalition.events.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes outbox rows to Kafka.
 *
 * <ul>
 *   <li><b>One publisher at a time.</b> Every node runs a relay, but only the one that holds a session-level advisory
 *   lock on its own database connection publishes; the others wait to take over when that session ends. So two nodes
 *   never publish a row at the same time, and per-key order is never broken by two publishers racing.</li>
 *   <li><b>In order, at least once.</b> Rows are sent by position with the idempotent producer (acks=all), and marked
 *   published only once Kafka has acknowledged them. When a send fails, no later row of that key is marked, so the
 *   next round sends the key's rows again from the first unacknowledged one: a consumer may see a duplicate (it has
 *   the CloudEvent id to recognise it), never a gap.</li>
 *   <li><b>Fast when idle, patient when down.</b> A trigger NOTIFYs on commit and the relay LISTENs, so an idle
 *   system publishes within milliseconds; it also looks every poll interval, and after a failure backs off up to
 *   the configured maximum, then carries on by itself.</li>
 * </ul>
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** The advisory-lock namespace and id of the leader lock. */
    static final int LEADER_LOCK_NAMESPACE = 0x0C0A2;
    static final int LEADER_LOCK_ID = 1;
    static final String CHANNEL = "outbox_event";
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** The longest the relay waits without looking whether it was asked to stop. */
    private static final Duration WAIT_SLICE = Duration.ofMillis(250);

    private final String name;
    private final DataSource dataSource;
    private final KafkaOperations<String, String> kafka;
    private final EventsProperties.Relay settings;
    private final Counter published;
    private final Counter failures;
    private final Timer commitToAck;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private Connection connection;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(String name, DataSource dataSource, KafkaOperations<String, String> kafka,
                       EventsProperties.Relay settings, MeterRegistry meters) {
        this.name = name;
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.settings = settings;
        this.published = Counter.builder("coalition.outbox.published")
                .description("Outbox events acknowledged by Kafka").tag("relay", name).register(meters);
        this.failures = Counter.builder("coalition.outbox.publish.failures")
                .description("Relay rounds that failed (Kafka or the database unreachable)").tag("relay", name)
                .register(meters);
        this.commitToAck = Timer.builder("coalition.outbox.latency")
                .description("From the outbox row's insert to Kafka's acknowledgement").tag("relay", name)
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /** Whether this relay currently holds the leader lock and publishes. */
    public boolean isLeader() {
        return leader;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay-" + name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            thread = worker;
        }
        try {
            // the worker notices within one wait slice, finishes its round and closes its own connection
            thread.join(Duration.ofSeconds(5).toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(2).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Kafka producer and the data source are closed, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }

    private void run() {
        try {
            relayUntilStopped();
        } finally {
            closeConnection();
        }
    }

    private void relayUntilStopped() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    pause(backoff);
                }
                ensureConnection();
                if (!leader && !(leader = tryBecomeLeader())) {
                    awaitNotification(settings.pollInterval());
                    continue;
                }
                int sent = relayBatch();
                backoff = Duration.ZERO;
                cleanUpIfDue();
                if (sent < settings.batchSize()) {
                    awaitNotification(settings.pollInterval());
                }
            } catch (SQLException e) {
                failures.increment();
                backoff = next(backoff);
                log.warn("Outbox relay {}: database unavailable ({}); retrying in {} ms", name, e.getMessage(),
                        backoff.toMillis());
                closeConnection();
            } catch (KafkaUnavailableException e) {
                failures.increment();
                backoff = next(backoff);
                log.warn("Outbox relay {}: Kafka did not acknowledge ({}); unpublished events wait, retrying in {} ms",
                        name, e.getMessage(), backoff.toMillis());
            } catch (RuntimeException e) {
                failures.increment();
                backoff = next(backoff);
                log.error("Outbox relay {}: unexpected failure; retrying in {} ms", name, backoff.toMillis(), e);
            }
        }
    }

    private Duration next(Duration backoff) {
        Duration doubled = backoff.isZero() ? Duration.ofMillis(200) : backoff.multipliedBy(2);
        return doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
    }

    private void pause(Duration duration) {
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            while (running && System.nanoTime() < deadline) {
                Thread.sleep(Math.min(WAIT_SLICE.toMillis(),
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void ensureConnection() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return;
        }
        leader = false;
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    private boolean tryBecomeLeader() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, LEADER_LOCK_NAMESPACE);
            statement.setInt(2, LEADER_LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                boolean acquired = result.getBoolean(1);
                if (acquired) {
                    log.info("Outbox relay {} is the leader: it publishes the outbox", name);
                }
                return acquired;
            }
        }
    }

    /** Waits for a commit's NOTIFY, at most {@code timeout}, in short slices so that a stop is noticed quickly. */
    private void awaitNotification(Duration timeout) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0) {
                return;
            }
            PGNotification[] notifications = pg.getNotifications((int) Math.min(remaining, WAIT_SLICE.toMillis()));
            if (notifications != null && notifications.length > 0) {
                return;
            }
        }
    }

    private record Row(long position, String topic, String key, String payload, Timestamp createdAt) {
    }

    /** Sends one batch; returns the number of rows read. */
    private int relayBatch() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select position, topic, message_key, payload, created_at from outbox_event
                where published_at is null order by position limit ?""")) {
            statement.setInt(1, settings.batchSize());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getTimestamp(5)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            if (sendFailure != null) {
                sends.add(CompletableFuture.failedFuture(sendFailure));
                continue;
            }
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                sends.add(kafka.send(record));
            } catch (RuntimeException e) {
                // the producer refused at once (for example no metadata within max.block.ms): send no more this round
                sendFailure = e;
                sends.add(CompletableFuture.failedFuture(e));
            }
        }
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        String firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String error = awaitSend(sends.get(i), deadline);
            if (error == null && !failedKeys.contains(row.key())) {
                acknowledged.add(row.position());
                commitToAck.record(Duration.between(row.createdAt().toInstant(), Instant.now()));
            } else if (error != null) {
                failedKeys.add(row.key());
                firstError = firstError == null ? error : firstError;
            }
        }
        markPublished(acknowledged);
        published.increment(acknowledged.size());
        if (firstError != null) {
            recordFailure(rows, failedKeys, firstError);
            throw new KafkaUnavailableException(firstError);
        }
        return rows.size();
    }

    /** Null when Kafka acknowledged the send; otherwise why not. Gives up early when the relay is stopped. */
    private String awaitSend(CompletableFuture<?> send, long deadlineNanos) {
        while (true) {
            try {
                long remaining = deadlineNanos - System.nanoTime();
                send.get(Math.max(0, Math.min(remaining, WAIT_SLICE.toNanos())), TimeUnit.NANOSECONDS);
                return null;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            } catch (TimeoutException e) {
                if (System.nanoTime() >= deadlineNanos) {
                    return "no acknowledgement within the send timeout";
                }
                if (!running) {
                    return "the relay was stopped before Kafka acknowledged";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    private void markPublished(List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox_event set published_at = clock_timestamp() where position = any(?)")) {
            Array array = connection.createArrayOf("bigint", positions.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private void recordFailure(List<Row> rows, Set<String> failedKeys, String error) throws SQLException {
        long firstFailed = rows.stream().filter(row -> failedKeys.contains(row.key()))
                .mapToLong(Row::position).min().orElseThrow();
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where position = ?")) {
            statement.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            statement.setLong(2, firstFailed);
            statement.executeUpdate();
        }
    }

    private void cleanUpIfDue() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from outbox_event where published_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(now.minus(settings.retention())));
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                log.info("Outbox relay {}: deleted {} events published more than {} ago", name, deleted,
                        settings.retention());
            }
        }
    }

    private void closeConnection() {
        leader = false;
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // the connection goes back to the pool: it must not carry the leader lock or the LISTEN with it
            statement.execute("UNLISTEN *; SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            log.debug("Outbox relay {}: releasing its session state failed (the connection is gone)", name, e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Outbox relay {}: closing its connection failed", name, e);
        }
        connection = null;
    }

    static final class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message) {
            super(message);
        }
    }
}
