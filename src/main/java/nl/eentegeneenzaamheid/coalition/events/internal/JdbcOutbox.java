package nl.eentegeneenzaamheid.coalition.events.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventTypes;
import nl.eentegeneenzaamheid.coalition.events.EventsProperties;
import nl.eentegeneenzaamheid.coalition.events.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each event as a structured-mode CloudEvent into {@code outbox_event}, in the caller's transaction.
 *
 * <p>Per-key order: before the insert, the transaction takes an advisory lock on the event's key, held until commit.
 * Two transactions that write events for one municipality therefore insert (and so number) their rows in the order
 * in which they commit, and the relay, reading by position, never sees a later event of a key before an earlier one.
 */
@Component
class JdbcOutbox implements Outbox {

    /** The advisory-lock namespace of per-key ordering locks (the relay's leader lock uses another). */
    static final int KEY_LOCK_NAMESPACE = 0x0C0A1;

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final EventsProperties properties;

    JdbcOutbox(JdbcTemplate jdbc, ObjectMapper objectMapper, EventsProperties properties) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(DomainEvent event) {
        String key = event.subject();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName()
                    + " has no municipality code (subject)");
        }
        UUID id = UUID.randomUUID();
        String type = EventTypes.typeOf(event.getClass());
        String payload = toCloudEvent(id, type, key, event);
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", KEY_LOCK_NAMESPACE, key.hashCode());
        jdbc.update("""
                insert into outbox_event (event_id, event_type, topic, message_key, payload)
                values (?, ?, ?, ?, ?)""", id, type, properties.topicOf(event.getClass()), key, payload);
        return id;
    }

    private String toCloudEvent(UUID id, String type, String key, DomainEvent event) {
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", id.toString());
        cloudEvent.put("source", properties.source().toString());
        cloudEvent.put("type", type);
        cloudEvent.put("subject", key);
        cloudEvent.put("time", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString());
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("partitionkey", key);
        cloudEvent.put("data", event);
        try {
            return objectMapper.writeValueAsString(cloudEvent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + type, e);
        }
    }
}
