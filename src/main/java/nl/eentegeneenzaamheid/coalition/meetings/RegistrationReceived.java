package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * An invitee answered: registered (a seat), waitlisted (no seat left) or declined.
 */
@EventType(name = "registration-received")
public record RegistrationReceived(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String attendeeName,
        String attendeeEmail,
        RegistrationStatus status,
        Integer waitlistPosition,
        int registered,
        int waitlisted,
        int capacity,
        Instant receivedAt) implements MeetingEvent {
}
