package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Duration;

/** Everyone signed, but the sealed final document is still being made: ask again shortly. */
public class DocumentBeingSealedException extends EnvelopeStateException {

    /** When to ask again: sealing takes seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    public DocumentBeingSealedException() {
        super("Iedereen heeft getekend; het document wordt nu verzegeld. Dat duurt meestal enkele seconden. Probeer "
                + "het zo opnieuw; u ontvangt het ook per e-mail. (Everyone signed; the document is being sealed. "
                + "Try again shortly.)");
    }
}
