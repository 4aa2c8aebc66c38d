package nl.eentegeneenzaamheid.coalition.platform.handover;

/**
 * The purposes under which secrets are deposited in the {@link SecretHandover}: the module that deposits a secret and
 * notifications, which reads it for the mail, name the same purpose without knowing each other.
 */
public final class HandoverPurposes {

    /** A partner's invitation link (recruitment). */
    public static final String INVITATION_LINK = "invitation-link";
    /** A signer's signing link (signing). */
    public static final String SIGNING_LINK = "signing-link";
    /** A signer's one-time code (signing). */
    public static final String SIGNING_CODE = "signing-code";
    /** An invitee's personal link to an aldermen's meeting (meetings). */
    public static final String MEETING_LINK = "meeting-link";

    private HandoverPurposes() {
    }
}
