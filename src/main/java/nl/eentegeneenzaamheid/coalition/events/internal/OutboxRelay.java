package nl.eentegeneenzaamheid.coalition.events.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
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
 *
 * <p>This class is the lifecycle and the loop (leadership, back-off, clean-up); {@link RelaySession} is its database
 * session (LISTEN and the leader lock), {@link BatchPublisher} sends a batch and marks it, {@link RelayMeters} are its
 * meters.
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
    private final EventsProperties.Relay settings;
    private final RelaySession session;
    private final BatchPublisher publisher;
    private final RelayMeters meters;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(String name, DataSource dataSource, KafkaOperations<String, String> kafka,
                       EventsProperties.Relay settings, MeterRegistry meters) {
        this.name = name;
        this.settings = settings;
        this.meters = RelayMeters.register(name, meters);
        this.session = new RelaySession(name, dataSource);
        this.publisher = new BatchPublisher(kafka, settings, this.meters, WAIT_SLICE);
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
                if (!leader && !(leader = session.tryLead())) {
                    awaitNotification(settings.pollInterval());
                    continue;
                }
                int sent = publisher.publish(session.connection(), this::isRunning);
                backoff = Duration.ZERO;
                cleanUpIfDue();
                if (sent < settings.batchSize()) {
                    awaitNotification(settings.pollInterval());
                }
            } catch (SQLException e) {
                meters.failures().increment();
                backoff = next(backoff);
                log.warn("Outbox relay {}: database unavailable ({}); retrying in {} ms", name, e.getMessage(),
                        backoff.toMillis());
                closeConnection();
            } catch (KafkaUnavailableException e) {
                meters.failures().increment();
                backoff = next(backoff);
                log.warn("Outbox relay {}: Kafka did not acknowledge ({}); unpublished events wait, retrying in {} ms",
                        name, e.getMessage(), backoff.toMillis());
            } catch (RuntimeException e) {
                meters.failures().increment();
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
        if (session.isOpen()) {
            return;
        }
        leader = false;
        session.open();
    }

    private void awaitNotification(Duration timeout) throws SQLException {
        session.awaitNotification(timeout, WAIT_SLICE, this::isRunning);
    }

    private void cleanUpIfDue() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        try (PreparedStatement statement = session.connection().prepareStatement(
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
        session.close();
    }

    static final class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message) {
            super(message);
        }
    }
}
