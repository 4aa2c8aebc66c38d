package nl.eentegeneenzaamheid.coalition.meetings;

/** Where one municipality's invitation to a meeting stands. */
public enum RegistrationStatus {
    /** Invited, not answered. */
    INVITED,
    /** Registered, with a seat. */
    REGISTERED,
    /** Registered when the meeting was full: on the waiting list. */
    WAITLISTED,
    /** Declined the invitation. */
    DECLINED,
    /** Registered, then cancelled. */
    CANCELLED
}
