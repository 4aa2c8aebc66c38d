package nl.eentegeneenzaamheid.coalition.signing;

/** What was asked does not fit where the envelope stands (voiding a completed envelope, for example). */
public class EnvelopeStateException extends RuntimeException {

    public EnvelopeStateException(String message) {
        super(message);
    }
}
