package nl.eentegeneenzaamheid.coalition.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The alderman is invited to the next aldermen's meeting (wethoudersbijeenkomst).
 */
@EventType(name = "alderman-invited")
public record AldermanInvited(
        UUID onboardingId,
        String municipalityCode,
        LocalDate meetingOn,
        String meetingPlace,
        String invitedBy,
        Instant invitedAt) implements DomainEvent {
}
