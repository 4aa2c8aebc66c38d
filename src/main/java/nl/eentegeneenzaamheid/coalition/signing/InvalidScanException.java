package nl.eentegeneenzaamheid.coalition.signing;

/** An uploaded scan that cannot be the signed agreement, or a scan that is not there. */
public class InvalidScanException extends RuntimeException {

    public InvalidScanException(String message) {
        super(message);
    }
}
