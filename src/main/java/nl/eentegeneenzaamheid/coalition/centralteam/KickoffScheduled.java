package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The kickoff with the municipality and its partners is scheduled.
 */
@EventType(name = "kickoff-scheduled")
public record KickoffScheduled(
        UUID onboardingId,
        String municipalityCode,
        LocalDate kickoffOn,
        String place,
        String scheduledBy,
        Instant scheduledAt) implements DomainEvent {
}
