package nl.eentegeneenzaamheid.coalition.events;

/**
 * A test-only event that carries a run id and a sequence number, so that a test can tell its own events apart and
 * check their order.
 */
@EventType(name = "outbox-probe")
public record OutboxProbe(String municipalityCode, String run, int sequence) implements DomainEvent {
}
