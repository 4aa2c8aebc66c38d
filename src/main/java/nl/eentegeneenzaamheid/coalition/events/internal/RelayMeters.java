package nl.eentegeneenzaamheid.coalition.events.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One relay's meters, tagged with its name: the events Kafka acknowledged, the rounds that failed, and the time from
 * an outbox row's insert to Kafka's acknowledgement.
 */
record RelayMeters(Counter published, Counter failures, Timer commitToAck) {

    static RelayMeters register(String relay, MeterRegistry meters) {
        return new RelayMeters(
                Counter.builder("coalition.outbox.published")
                        .description("Outbox events acknowledged by Kafka").tag("relay", relay).register(meters),
                Counter.builder("coalition.outbox.publish.failures")
                        .description("Relay rounds that failed (Kafka or the database unreachable)")
                        .tag("relay", relay).register(meters),
                Timer.builder("coalition.outbox.latency")
                        .description("From the outbox row's insert to Kafka's acknowledgement").tag("relay", relay)
                        .publishPercentiles(0.5, 0.95, 0.99).register(meters));
    }
}
