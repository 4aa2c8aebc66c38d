package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The meeting's time has passed: registrations are closed and staff record who came.
 */
@EventType(name = "meeting-held")
public record MeetingHeld(
        UUID meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        int registered,
        Instant heldAt) implements MeetingEvent {
}
