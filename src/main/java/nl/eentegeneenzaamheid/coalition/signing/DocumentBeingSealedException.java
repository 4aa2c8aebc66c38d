package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Duration;

/** Everyone signed, but the sealed final document is still being made: ask again shortly. */
public class DocumentBeingSealedException extends EnvelopeStateException {

    /** When to ask again: sealing takes seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    /** When to ask again while staff resolve a failed seal. */
    public static final Duration RETRY_AFTER_DELAY = Duration.ofMinutes(30);

    private final boolean delayed;

    public DocumentBeingSealedException(boolean delayed) {
        super(delayed
                ? "Iedereen heeft getekend, maar het verzegelen is door een storing vertraagd. Het programmateam lost "
                + "die op; u ontvangt het document per e-mail zodra het klaar is. (Everyone signed; sealing is "
                + "delayed by a fault the programme team is resolving.)"
                : "Iedereen heeft getekend; het document wordt nu verzegeld. Dat duurt meestal enkele seconden. Probeer "
                + "het zo opnieuw; u ontvangt het ook per e-mail. (Everyone signed; the document is being sealed. "
                + "Try again shortly.)");
        this.delayed = delayed;
    }

    public Duration retryAfter() {
        return delayed ? RETRY_AFTER_DELAY : RETRY_AFTER;
    }
}
