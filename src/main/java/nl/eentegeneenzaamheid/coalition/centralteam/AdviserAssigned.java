package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The central team assigned the municipality its adviser.
 */
@EventType(name = "adviser-assigned")
public record AdviserAssigned(
        UUID onboardingId,
        String municipalityCode,
        String adviser,
        String assignedBy,
        Instant assignedAt) implements DomainEvent {
}
