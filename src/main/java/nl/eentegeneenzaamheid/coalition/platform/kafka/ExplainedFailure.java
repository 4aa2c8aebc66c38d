package nl.eentegeneenzaamheid.coalition.platform.kafka;

/**
 * A failure whose message says, for a person, why a message could not be processed: a dead letter carries that
 * message as its reason instead of the innermost technical cause.
 */
public interface ExplainedFailure {
}
