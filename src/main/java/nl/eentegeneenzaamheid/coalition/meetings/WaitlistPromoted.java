package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A seat came free: the first on the waiting list now has it.
 */
@EventType(name = "waitlist-promoted")
public record WaitlistPromoted(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String attendeeName,
        String attendeeEmail,
        int registered,
        int waitlisted,
        int capacity,
        Instant promotedAt) implements MeetingEvent {
}
