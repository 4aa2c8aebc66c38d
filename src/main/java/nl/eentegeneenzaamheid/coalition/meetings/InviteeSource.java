package nl.eentegeneenzaamheid.coalition.meetings;

/** Where an invitee's address came from. */
public enum InviteeSource {
    /** The alderman named in the municipality's intent. */
    ONBOARDING,
    /** The contact staff gave for a municipality without an onboarding. */
    CONTACT,
    /** A colleague the invitee sent in their place. */
    DELEGATED
}
