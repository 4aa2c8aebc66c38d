package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The registered attendees are reminded a week or a day before the meeting.
 */
@EventType(name = "meeting-reminded")
public record MeetingReminded(
        UUID meetingId,
        Reminder reminder,
        String title,
        Instant startsAt,
        int registered,
        Instant remindedAt) implements MeetingEvent {
}
