package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Duration;

/**
 * A one-time code that was not accepted, or a code that may not be sent yet. A wrong code is counted (and written in
 * the audit trail) although the request fails; nothing else changes.
 */
public class CodeRejectedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** No code was asked for, or the last one was used up. */
        MISSING,
        WRONG,
        /** Too many wrong codes: a new code must be asked for. */
        LOCKED,
        EXPIRED,
        /** A code was sent too recently, or too many codes were sent. */
        TOO_MANY_REQUESTS
    }

    private final Reason reason;
    private final Duration retryAfter;
    private final Integer attemptsLeft;

    public CodeRejectedException(Reason reason, String message, Duration retryAfter, Integer attemptsLeft) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.attemptsLeft = attemptsLeft;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_MANY_REQUESTS}: when a new code may be asked for; null when never again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** For {@link Reason#WRONG}: tries left before the code is locked. */
    public Integer attemptsLeft() {
        return attemptsLeft;
    }
}
