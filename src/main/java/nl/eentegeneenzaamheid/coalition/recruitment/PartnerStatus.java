package nl.eentegeneenzaamheid.coalition.recruitment;

/** Where a proposed partner is. Invitations (accepted, declined, expired, withdrawn) follow. */
public enum PartnerStatus {
    PROPOSED
}
