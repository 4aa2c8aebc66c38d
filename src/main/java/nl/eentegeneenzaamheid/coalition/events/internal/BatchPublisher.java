package nl.eentegeneenzaamheid.coalition.events.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.function.BooleanSupplier;

import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends one batch of unpublished outbox rows to Kafka, in position order, and marks published those that Kafka
 * acknowledged. When a send fails, no later row of that key is marked (the next round sends the key's rows again
 * from the first unacknowledged one); the first failed row gets the attempt and the error, and the round ends in a
 * {@link OutboxRelay.KafkaUnavailableException}.
 */
final class BatchPublisher {

    private final KafkaOperations<String, String> kafka;
    private final EventsProperties.Relay settings;
    private final RelayMeters meters;
    private final Duration slice;

    BatchPublisher(KafkaOperations<String, String> kafka, EventsProperties.Relay settings, RelayMeters meters,
                   Duration slice) {
        this.kafka = kafka;
        this.settings = settings;
        this.meters = meters;
        this.slice = slice;
    }

    private record Row(long position, String topic, String key, String payload, Timestamp createdAt) {
    }

    /** Sends one batch; returns the number of rows read. {@code running} false: stop waiting for Kafka. */
    int publish(Connection connection, BooleanSupplier running) throws SQLException {
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
        List<CompletableFuture<?>> sends = send(rows);
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        String firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String error = awaitSend(sends.get(i), deadline, running);
            if (error == null && !failedKeys.contains(row.key())) {
                acknowledged.add(row.position());
                meters.commitToAck().record(Duration.between(row.createdAt().toInstant(), Instant.now()));
            } else if (error != null) {
                failedKeys.add(row.key());
                firstError = firstError == null ? error : firstError;
            }
        }
        markPublished(connection, acknowledged);
        meters.published().increment(acknowledged.size());
        if (firstError != null) {
            recordFailure(connection, rows, failedKeys, firstError);
            throw new OutboxRelay.KafkaUnavailableException(firstError);
        }
        return rows.size();
    }

    private List<CompletableFuture<?>> send(List<Row> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            if (sendFailure != null) {
                sends.add(CompletableFuture.failedFuture(sendFailure));
                continue;
            }
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", OutboxRelay.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                sends.add(kafka.send(record));
            } catch (RuntimeException e) {
                // the producer refused at once (for example no metadata within max.block.ms): send no more this round
                sendFailure = e;
                sends.add(CompletableFuture.failedFuture(e));
            }
        }
        return sends;
    }

    /** Null when Kafka acknowledged the send; otherwise why not. Gives up early when the relay is stopped. */
    private String awaitSend(CompletableFuture<?> send, long deadlineNanos, BooleanSupplier running) {
        while (true) {
            try {
                long remaining = deadlineNanos - System.nanoTime();
                send.get(Math.max(0, Math.min(remaining, slice.toNanos())), TimeUnit.NANOSECONDS);
                return null;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            } catch (TimeoutException e) {
                if (System.nanoTime() >= deadlineNanos) {
                    return "no acknowledgement within the send timeout";
                }
                if (!running.getAsBoolean()) {
                    return "the relay was stopped before Kafka acknowledged";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    private static void markPublished(Connection connection, List<Long> positions) throws SQLException {
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

    private static void recordFailure(Connection connection, List<Row> rows, Set<String> failedKeys, String error)
            throws SQLException {
        long firstFailed = rows.stream().filter(row -> failedKeys.contains(row.key()))
                .mapToLong(Row::position).min().orElseThrow();
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where position = ?")) {
            statement.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            statement.setLong(2, firstFailed);
            statement.executeUpdate();
        }
    }
}
