package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The meeting moved (time, place, online link or capacity); calendars update with the new sequence.
 */
@EventType(name = "meeting-rescheduled")
public record MeetingRescheduled(
        UUID meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        int capacity,
        int sequence,
        String reason,
        String rescheduledBy,
        Instant rescheduledAt) implements MeetingEvent {
}
