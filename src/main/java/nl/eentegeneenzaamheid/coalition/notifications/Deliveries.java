package nl.eentegeneenzaamheid.coalition.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.eentegeneenzaamheid.coalition.platform.Digests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to each mail an event asked for, one row per event and recipient, each change committed at once (not
 * with the event's handling): the attempt with its Message-ID before the mail goes out, the SMTP server's acceptance
 * after, or why it could not be delivered. A crash between the two leaves an attempt without acceptance: the mail is
 * sent again with the same Message-ID and the row counts how often it went out.
 */
@Component
class Deliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String domain;

    Deliveries(JdbcTemplate jdbc, Clock clock, NotificationsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        String from = properties.from();
        int at = from.lastIndexOf('@');
        this.domain = at < 0 ? "eentegeneenzaamheid.nl" : from.substring(at + 1).replace(">", "").strip();
    }

    /** The Message-ID of the event's mail to the recipient: the same whenever it is sent. */
    String messageId(String eventId, String recipient) {
        return "<" + Digests.sha256(eventId + "\n" + recipient.toLowerCase(Locale.ROOT)).substring(0, 40) + "@"
                + domain + ">";
    }

    boolean isSent(String eventId, String recipient) {
        return jdbc.queryForObject("select count(*) from notification_delivery where event_id = ? and recipient = ? "
                + "and sent_at is not null", Integer.class, eventId, key(recipient)) > 0;
    }

    /** Recorded before the mail goes out; returns how often it has gone out with this attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int attempt(String eventId, String recipient, String template, String messageId) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        return jdbc.queryForObject("""
                insert into notification_delivery (event_id, recipient, template, message_id, sends, first_attempt_at)
                values (?, ?, ?, ?, 1, ?)
                on conflict (event_id, recipient) do update set sends = notification_delivery.sends + 1,
                    message_id = excluded.message_id, failed_at = null, failure = null
                returning sends""", Integer.class, eventId, key(recipient), template, messageId, now);
    }

    /** The SMTP server took it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(String eventId, String recipient) {
        jdbc.update("update notification_delivery set sent_at = ? where event_id = ? and recipient = ?",
                Timestamp.from(Instant.now(clock)), eventId, key(recipient));
    }

    /** It cannot be delivered: the staff's digest lists it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void undeliverable(String eventId, String recipient, String template, String reason) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        String why = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        jdbc.update("""
                insert into notification_delivery (event_id, recipient, template, sends, first_attempt_at, failed_at,
                    failure) values (?, ?, ?, 0, ?, ?, ?)
                on conflict (event_id, recipient) do update set failed_at = excluded.failed_at,
                    failure = excluded.failure""", eventId, key(recipient), template, now, now, why);
    }

    /** A mail that did not reach its recipient, for the staff's digest. */
    record Undelivered(String recipient, String template, Instant failedAt, String failure) {
    }

    List<Undelivered> undeliveredSince(Instant since) {
        return jdbc.query("""
                select recipient, template, failed_at, failure from notification_delivery
                where failed_at >= ? and sent_at is null order by failed_at""",
                (row, n) -> new Undelivered(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getString(4)), Timestamp.from(since));
    }

    private static String key(String recipient) {
        return recipient.toLowerCase(Locale.ROOT);
    }
}
