package nl.eentegeneenzaamheid.coalition.recruitment;

import static nl.eentegeneenzaamheid.coalition.recruitment.internal.RecruitmentTexts.TEXTS;

/** The kinds of local organisation that join a coalition against loneliness, with their Dutch names. */
public enum PartnerType {
    WELFARE("partner-type.welfare"),
    HOUSING("partner-type.housing"),
    CARE("partner-type.care"),
    EDUCATION("partner-type.education"),
    FAITH("partner-type.faith"),
    COMMUNITY_CENTRE("partner-type.community-centre"),
    SPORT_AND_CULTURE("partner-type.sport-and-culture"),
    BUSINESS("partner-type.business"),
    OTHER("partner-type.other");

    private final String labelKey;

    PartnerType(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The Dutch word, as documents and pages show it ({@code messages/recruitment.properties}). */
    public String label() {
        return TEXTS.text(labelKey);
    }
}
