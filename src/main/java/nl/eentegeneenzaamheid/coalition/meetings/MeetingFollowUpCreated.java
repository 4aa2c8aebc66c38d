package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A municipality attended without an onboarding: staff follow it up, or it is invited to declare its intent.
 */
@EventType(name = "meeting-follow-up-created")
public record MeetingFollowUpCreated(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String municipalityName,
        FollowUpKind kind,
        String attendeeName,
        String attendeeEmail,
        Instant createdAt) implements MeetingEvent {
}
