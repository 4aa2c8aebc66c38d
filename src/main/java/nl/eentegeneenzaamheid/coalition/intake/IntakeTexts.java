package nl.eentegeneenzaamheid.coalition.intake;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;

/** The intake module's people-facing texts: {@code messages/intake.properties}. */
final class IntakeTexts {

    static final TextBundle TEXTS = new TextBundle("messages/intake");

    private IntakeTexts() {
    }
}
