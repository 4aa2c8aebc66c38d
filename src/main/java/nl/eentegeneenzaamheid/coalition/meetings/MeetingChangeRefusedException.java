package nl.eentegeneenzaamheid.coalition.meetings;

/** Staff asked for a change the meeting's state does not allow (it is over, cancelled, or has more registrations). */
public class MeetingChangeRefusedException extends RuntimeException {

    private final String status;

    MeetingChangeRefusedException(String status, String message) {
        super(message);
        this.status = status;
    }

    /** The meeting's status. */
    public String status() {
        return status;
    }
}
