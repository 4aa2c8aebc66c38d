package nl.eentegeneenzaamheid.coalition.recruitment;

/** A link whose token matches no invitation: mistyped, forged, or from another system. */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException() {
        super("This invitation link is not valid. Check that you copied the whole link from the e-mail.");
    }
}
