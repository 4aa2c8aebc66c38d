package nl.eentegeneenzaamheid.coalition.meetings;

/** A meeting, a change to it or a contact that cannot be accepted; {@link #field()} names what to correct. */
public class InvalidMeetingException extends RuntimeException {

    private final String field;

    public InvalidMeetingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
