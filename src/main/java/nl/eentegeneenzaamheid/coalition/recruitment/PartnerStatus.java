package nl.eentegeneenzaamheid.coalition.recruitment;

/** Where a proposed partner is, following its invitation. */
public enum PartnerStatus {
    PROPOSED, INVITED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
