package nl.eentegeneenzaamheid.coalition.events;

import java.util.UUID;

/**
 * The only way a domain event reaches Kafka. {@link #append} writes the event in the caller's database transaction,
 * the same one that changes the state the event tells of (and that Camunda uses), so the event exists if and only if
 * that transaction commits. A relay then publishes it, at least once, in order per municipality.
 */
public interface Outbox {

    /**
     * Records the event in the current transaction.
     *
     * @return the CloudEvent id, by which consumers recognise a redelivery
     * @throws org.springframework.transaction.IllegalTransactionStateException when no transaction is active
     */
    UUID append(DomainEvent event);
}
