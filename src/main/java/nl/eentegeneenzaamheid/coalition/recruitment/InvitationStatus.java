package nl.eentegeneenzaamheid.coalition.recruitment;

/** Where an invitation is; only a PENDING one can be answered. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
