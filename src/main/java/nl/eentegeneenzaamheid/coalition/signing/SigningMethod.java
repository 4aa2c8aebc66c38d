package nl.eentegeneenzaamheid.coalition.signing;

import java.util.Locale;

/** How the agreement is signed. */
public enum SigningMethod {
    /** Each signer signs from an e-mailed link (the default). */
    DIGITAL,
    /** Signed on paper or at a meeting; staff record it with the scan. */
    PAPER;

    /** The process variable's value ({@code digital}, {@code paper}); empty means digital. */
    public static SigningMethod of(String value) {
        if (value == null || value.isBlank()) {
            return DIGITAL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The signing method must be 'digital' or 'paper' (got '" + value + "')");
        }
    }
}
