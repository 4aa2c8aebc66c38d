package nl.eentegeneenzaamheid.coalition.meetings;

/** How staff follow up a municipality that attended without an onboarding. */
public enum FollowUpKind {
    /** A task for programme staff in Tasklist. */
    TASK,
    /** An e-mail to the attendee inviting the municipality to declare its intent. */
    INTENT_INVITATION
}
