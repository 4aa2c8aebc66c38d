package nl.eentegeneenzaamheid.coalition.signing.internal;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;

/** The signing module's people-facing texts: {@code messages/signing.properties}. */
public final class SigningTexts {

    public static final TextBundle TEXTS = new TextBundle("messages/signing");

    private SigningTexts() {
    }
}
