package nl.eentegeneenzaamheid.coalition.notifications;

/** A mail an event asked for could not be sent: which one, to whom, and why. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
