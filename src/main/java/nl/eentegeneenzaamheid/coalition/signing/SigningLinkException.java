package nl.eentegeneenzaamheid.coalition.signing;

/** A signing link that cannot be used (any more); nothing was changed. */
public class SigningLinkException extends RuntimeException {

    /** Why the link cannot be used. */
    public enum Reason {
        /** No such link: mistyped, forged, or replaced by a newer link. */
        UNKNOWN,
        /** The link's term has passed. */
        EXPIRED,
        /** Its signer already signed or declined. */
        ANSWERED,
        /** The envelope was voided, replaced, stopped or completed. */
        CLOSED
    }

    private final Reason reason;

    public SigningLinkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
