package nl.eentegeneenzaamheid.coalition.recruitment;

/** The kinds of local organisation that join a coalition against loneliness. */
public enum PartnerType {
    WELFARE, HOUSING, CARE, EDUCATION, FAITH, COMMUNITY_CENTRE, SPORT_AND_CULTURE, BUSINESS, OTHER
}
