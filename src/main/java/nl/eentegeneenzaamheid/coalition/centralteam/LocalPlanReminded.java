package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A month passed without the local plan: time to remind the municipality.
 */
@EventType(name = "local-plan-reminded")
public record LocalPlanReminded(
        UUID onboardingId,
        String municipalityCode,
        Instant remindedAt) implements DomainEvent {
}
