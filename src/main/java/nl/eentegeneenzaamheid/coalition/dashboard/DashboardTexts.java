package nl.eentegeneenzaamheid.coalition.dashboard;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;

/** The dashboard's people-facing texts: {@code messages/dashboard.properties}. */
final class DashboardTexts {

    static final TextBundle TEXTS = new TextBundle("messages/dashboard");

    private DashboardTexts() {
    }
}
