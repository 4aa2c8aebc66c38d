package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The meeting is cancelled; calendars remove it.
 */
@EventType(name = "meeting-cancelled")
public record MeetingCancelled(
        UUID meetingId,
        String title,
        Instant startsAt,
        String reason,
        int sequence,
        String cancelledBy,
        Instant cancelledAt) implements MeetingEvent {
}
