package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Staff scheduled an aldermen's meeting (wethoudersbijeenkomst) and chose whom it invites.
 */
@EventType(name = "meeting-scheduled")
public record MeetingScheduled(
        UUID meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        int capacity,
        String programme,
        String hosts,
        Audience audience,
        List<String> provinces,
        String scheduledBy,
        Instant scheduledAt) implements MeetingEvent {
}
