package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The programme staff asked the municipality for more information before deciding on its intent.
 */
@EventType(name = "information-requested")
public record InformationRequested(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        String question,
        String requestedBy,
        Instant requestedAt) implements DomainEvent {
}
