package nl.eentegeneenzaamheid.coalition.events.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog as Prometheus sees it: {@code coalition_outbox_backlog} (events not yet acknowledged by Kafka)
 * and {@code coalition_outbox_oldest_unpublished_age_seconds} (0 when there are none). Read from the table at each
 * scrape, so they are true whichever node is the relay's leader.
 */
@Component
class OutboxMetrics {

    private final JdbcTemplate jdbc;

    OutboxMetrics(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("coalition.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Outbox events not yet published to Kafka").register(meters);
        Gauge.builder("coalition.outbox.oldest.unpublished.age", this, OutboxMetrics::oldestUnpublishedAgeSeconds)
                .description("Age of the oldest outbox event not yet published to Kafka")
                .baseUnit("seconds").register(meters);
    }

    double backlog() {
        return queryOrNaN("select count(*) from outbox_event where published_at is null");
    }

    double oldestUnpublishedAgeSeconds() {
        return queryOrNaN("""
                select coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)
                from outbox_event where published_at is null""");
    }

    private double queryOrNaN(String sql) {
        try {
            Number value = jdbc.queryForObject(sql, Number.class);
            return value == null ? 0 : value.doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN; // database unreachable: the health endpoint tells why
        }
    }
}
