package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * An attendee cancelled their registration (or their place on the waiting list).
 */
@EventType(name = "registration-cancelled")
public record RegistrationCancelled(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String attendeeName,
        String attendeeEmail,
        RegistrationStatus previousStatus,
        int registered,
        int waitlisted,
        int capacity,
        Instant cancelledAt) implements MeetingEvent {
}
