package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck;

/**
 * The audit trails' witness outside the database: the heads published on Kafka ({@link SigningAuditAppended}) as each
 * entry was written.
 */
public interface AuditWitness {

    /** The topic the heads are published on. */
    String topic();

    /**
     * Every head published for the envelope, in the order of the log (a redelivered one may appear twice).
     *
     * @throws WitnessUnavailableException when the log cannot be read now
     */
    List<WitnessCheck.PublishedHead> publishedHeads(UUID envelopeId);

    /** The log could not be read (Kafka unreachable, or too slow). */
    class WitnessUnavailableException extends RuntimeException {

        public WitnessUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
