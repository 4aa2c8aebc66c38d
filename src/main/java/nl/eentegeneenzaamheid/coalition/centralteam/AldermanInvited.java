package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The journey's alderman is invited to the next aldermen's meeting (wethoudersbijeenkomst): {@code meetingId} and
 * {@code invitationId} name the meeting and the invitation (whose mail, with the personal link, follows from
 * {@code MeetingInvitationSent}).
 */
@EventType(name = "alderman-invited")
public record AldermanInvited(
        UUID onboardingId,
        String municipalityCode,
        LocalDate meetingOn,
        String meetingPlace,
        String invitedBy,
        Instant invitedAt,
        UUID meetingId,
        UUID invitationId) implements DomainEvent {
}
