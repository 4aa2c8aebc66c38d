package nl.eentegeneenzaamheid.coalition.meetings;

import java.util.UUID;

/** No meeting has this id. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(UUID meetingId) {
        super("There is no aldermen's meeting " + meetingId + "; GET /api/v1/meetings lists the meetings");
    }
}
