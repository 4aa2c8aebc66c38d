package nl.eentegeneenzaamheid.coalition.notifications;

import nl.eentegeneenzaamheid.coalition.platform.kafka.ExplainedFailure;

/** A mail an event asked for could not be sent: which one, to whom, and why. */
public class NotificationFailedException extends RuntimeException implements ExplainedFailure {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
