package nl.eentegeneenzaamheid.coalition.recruitment;

/** The kinds of local organisation that join a coalition against loneliness, with their Dutch names. */
public enum PartnerType {
    WELFARE("welzijn"),
    HOUSING("wonen"),
    CARE("zorg"),
    EDUCATION("onderwijs"),
    FAITH("levensbeschouwing"),
    COMMUNITY_CENTRE("buurthuis"),
    SPORT_AND_CULTURE("sport en cultuur"),
    BUSINESS("ondernemer"),
    OTHER("overig");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    /** The Dutch word, as documents and pages show it. */
    public String label() {
        return label;
    }
}
