package nl.eentegeneenzaamheid.coalition.recruitment.internal;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;

/** The recruitment module's people-facing texts: {@code messages/recruitment.properties}. */
public final class RecruitmentTexts {

    public static final TextBundle TEXTS = new TextBundle("messages/recruitment");

    private RecruitmentTexts() {
    }
}
