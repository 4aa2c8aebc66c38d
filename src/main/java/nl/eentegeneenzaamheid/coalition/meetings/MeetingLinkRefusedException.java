package nl.eentegeneenzaamheid.coalition.meetings;

/**
 * A personal meeting link that does not act: unknown (forged, mistyped or replaced), for another meeting, no longer
 * open (the meeting began, was held or was cancelled), or asked for something its invitation's state does not allow.
 * The message is Dutch: the invitee reads it.
 */
public class MeetingLinkRefusedException extends RuntimeException {

    /** Why, with the HTTP status and problem type the API answers. */
    public enum Reason {
        UNKNOWN(404, "meeting-link-not-found", "Unknown meeting link"),
        OTHER_MEETING(404, "meeting-link-other-meeting", "This link belongs to another meeting"),
        CLOSED(410, "meeting-closed", "This meeting no longer takes registrations"),
        CONFLICT(409, "meeting-registration-conflict", "Not possible in the invitation's current state");

        private final int status;
        private final String slug;
        private final String title;

        Reason(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }
    }

    private final Reason reason;

    public MeetingLinkRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
