package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the meetings module shows: to staff, to an invitee through their link, and to the attendance form. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** A meeting as staff see it, with its registrations against its capacity. */
    public record Meeting(UUID id, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                          int capacity, String programme, String hosts, Audience audience, List<String> provinces,
                          String status, int sequence, int invited, int registered, int waitlisted, int declined,
                          List<String> unaddressed, String scheduledBy, Instant scheduledAt) {
    }

    /** One municipality's invitation, for staff. */
    public record Invitation(UUID id, String municipalityCode, String municipalityName, String attendeeName,
                             String attendeeEmail, RegistrationStatus status, Integer waitlistPosition,
                             Boolean attended) {
    }

    /** What a personal link shows its invitee. */
    public record Link(UUID meetingId, UUID invitationId, String title, Instant startsAt, Instant endsAt,
                       String place, String onlineUrl, String programme, String hosts, String municipalityName,
                       String attendeeName, RegistrationStatus status, Integer waitlistPosition,
                       boolean open, String meetingStatus) {
    }

    /** The result of sending invitations: how many went out, and which selected municipalities have no address. */
    public record Invited(int invited, List<String> unaddressed) {
    }

    /** The journey's alderman, invited to the next meeting. */
    public record JourneyInvitation(UUID meetingId, UUID invitationId, String title, Instant startsAt, String place) {
    }
}
