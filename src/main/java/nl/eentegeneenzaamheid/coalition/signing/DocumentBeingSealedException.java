package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Duration;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/** Everyone signed, but the sealed final document is still being made: ask again shortly. */
public class DocumentBeingSealedException extends EnvelopeStateException {

    /** When to ask again: sealing takes seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    /** When to ask again while staff resolve a failed seal. */
    public static final Duration RETRY_AFTER_DELAY = Duration.ofMinutes(30);

    private final boolean delayed;

    public DocumentBeingSealedException(boolean delayed) {
        super(TEXTS.text(delayed ? "link.sealing-delayed" : "link.sealing"));
        this.delayed = delayed;
    }

    public Duration retryAfter() {
        return delayed ? RETRY_AFTER_DELAY : RETRY_AFTER;
    }
}
