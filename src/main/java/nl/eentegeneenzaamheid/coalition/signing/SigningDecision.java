package nl.eentegeneenzaamheid.coalition.signing;

import java.util.Arrays;

/** What staff decide when a signer declined, the envelope expired, or they voided it. */
public enum SigningDecision {
    /** A new term and new links for everyone who has not signed (those who declined are asked again). */
    EXTEND("extend"),
    /** A new version of the document without the signers who declined (or, after expiry, did not sign). */
    CONTINUE_WITHOUT("continue-without"),
    /** A new version of the document for every current signer. */
    RESTART("restart"),
    /** Sign on paper or at a meeting instead; staff record it. */
    PAPER("paper"),
    /** Stop the municipality's journey. */
    STOP("stop");

    private final String value;

    SigningDecision(String value) {
        this.value = value;
    }

    /** The form's value. */
    public String value() {
        return value;
    }

    public static SigningDecision of(String value) {
        return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose one of: extend, continue-without, restart, "
                        + "paper, stop (got '" + value + "')"));
    }
}
