package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A municipality's alderman (or a colleague sent in their place) is invited with a personal link.
 */
@EventType(name = "meeting-invitation-sent")
public record MeetingInvitationSent(
        UUID meetingId,
        UUID invitationId,
        String municipalityCode,
        String municipalityName,
        InviteeSource source,
        String inviteeName,
        String inviteeEmail,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        String programme,
        String hosts,
        int sequence,
        String delegatedBy,
        UUID linkHandoverId) implements MeetingEvent {
}
