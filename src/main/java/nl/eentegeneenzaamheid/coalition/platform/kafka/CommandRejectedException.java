package nl.eentegeneenzaamheid.coalition.platform.kafka;

/**
 * An inbound message that can never be processed (malformed, invalid, or refused by the domain). It is not retried:
 * it goes to the topic's dead-letter topic with this message as the reason.
 */
public class CommandRejectedException extends RuntimeException implements ExplainedFailure {

    public CommandRejectedException(String reason) {
        super(reason);
    }

    public CommandRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
