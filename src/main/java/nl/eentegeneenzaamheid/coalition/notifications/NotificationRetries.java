package nl.eentegeneenzaamheid.coalition.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events whose mail failed for a reason that may pass, kept aside so that the events behind them on the same
 * partition are mailed at once (a one-time code never waits behind a mail server's bad minute). Tried again with a
 * doubling wait, a due row by one node at a time (claimed with a lease); after the last attempt the event is
 * dead-lettered.
 */
@Component
public class NotificationRetries {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NotificationsProperties.Retry settings;

    NotificationRetries(JdbcTemplate jdbc, Clock clock, NotificationsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.retry();
    }

    /** An event to try again, with where it came from (for its dead letter). */
    public record Pending(String eventId, String topic, int partition, long offset, String key, String payload,
                          int attempts, String lastError, UUID claim) {
    }

    /** Keeps the event for a later attempt; a second call for the same event changes nothing. */
    @Transactional
    public void keep(String eventId, String topic, int partition, long offset, String key, String payload,
                     String error) {
        Instant now = Instant.now(clock);
        jdbc.update("""
                insert into notification_retry (event_id, topic, kafka_partition, kafka_offset, message_key, payload,
                    attempts, next_attempt_at, last_error, created_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                on conflict (event_id) do nothing""", eventId, topic, partition, offset, key, payload,
                Timestamp.from(now.plus(backoff(1))), error, Timestamp.from(now));
    }

    /**
     * Claims the events due now for this node: their next attempt moves a lease ahead, so that no other node takes
     * them meanwhile (rows another node is claiming are skipped). Should this node die while it works on them, the
     * lease runs out and another node tries them.
     */
    @Transactional
    public List<Pending> claimDue(int limit, Duration lease) {
        Instant now = Instant.now(clock);
        UUID claim = UUID.randomUUID();
        return jdbc.query("""
                update notification_retry set next_attempt_at = ?, claim = ?
                where event_id in (select event_id from notification_retry where next_attempt_at <= ?
                                   order by next_attempt_at limit ? for update skip locked)
                returning event_id, topic, kafka_partition, kafka_offset, message_key, payload, attempts, last_error,
                    claim""",
                (row, n) -> new Pending(row.getString(1), row.getString(2), row.getInt(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getInt(7), row.getString(8),
                        row.getObject(9, UUID.class)),
                Timestamp.from(now.plus(lease)), claim, Timestamp.from(now), limit);
    }

    /**
     * Another failure: returns false when the attempts are used up (the caller dead-letters it). Changes nothing when
     * another node claimed the event meanwhile (this node's lease ran out).
     */
    @Transactional
    public boolean failedAgain(Pending pending, String error) {
        if (pending.attempts() >= settings.attempts()) {
            return false;
        }
        int attempts = pending.attempts() + 1;
        jdbc.update("update notification_retry set attempts = ?, next_attempt_at = ?, last_error = ?, claim = null "
                + "where event_id = ? and claim = ?", attempts, Timestamp.from(Instant.now(clock)
                .plus(backoff(attempts))), error, pending.eventId(), pending.claim());
        return true;
    }

    /** The event is handled (or given up); only this node's claim is removed. */
    @Transactional
    public void done(Pending pending) {
        jdbc.update("delete from notification_retry where event_id = ? and claim = ?", pending.eventId(),
                pending.claim());
    }

    public int waiting() {
        return jdbc.queryForObject("select count(*) from notification_retry", Integer.class);
    }

    private Duration backoff(int attempts) {
        long millis = settings.firstBackoff().toMillis() << Math.min(attempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
    }
}
