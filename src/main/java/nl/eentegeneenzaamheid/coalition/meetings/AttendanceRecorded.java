package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Staff recorded whether a registered municipality attended.
 */
@EventType(name = "attendance-recorded")
public record AttendanceRecorded(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String attendeeName,
        boolean attended,
        String recordedBy,
        Instant recordedAt) implements MeetingEvent {
}
