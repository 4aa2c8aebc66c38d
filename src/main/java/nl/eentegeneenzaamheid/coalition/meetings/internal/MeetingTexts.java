package nl.eentegeneenzaamheid.coalition.meetings.internal;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;

/** The meetings module's people-facing texts: {@code messages/meetings.properties}. */
public final class MeetingTexts {

    public static final TextBundle TEXTS = new TextBundle("messages/meetings");

    private MeetingTexts() {
    }
}
