package nl.eentegeneenzaamheid.coalition.intake;

/**
 * An idempotency key (or command id) seen before with a different request: a client error, never a silent replay.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("The key '" + key + "' was already used for a different request; use a new key for a new request");
    }
}
