package nl.eentegeneenzaamheid.coalition.recruitment;

/** The invitation was answered, withdrawn or has expired: its link no longer acts. */
public class InvitationClosedException extends RuntimeException {

    private final InvitationStatus status;

    public InvitationClosedException(InvitationStatus status) {
        super(switch (status) {
            case ACCEPTED -> "This invitation has already been accepted.";
            case DECLINED -> "This invitation has already been declined.";
            case EXPIRED -> "This invitation has expired. Ask the municipality for a new one.";
            case WITHDRAWN -> "This invitation was withdrawn by the programme.";
            case PENDING -> "This invitation is still open.";
        });
        this.status = status;
    }

    public InvitationStatus status() {
        return status;
    }
}
