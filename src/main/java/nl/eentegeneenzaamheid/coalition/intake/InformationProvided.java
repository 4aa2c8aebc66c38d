package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The municipality answered the staff's question; its intent is back in review.
 */
@EventType(name = "information-provided")
public record InformationProvided(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        String answer,
        String providedBy,
        Instant providedAt) implements DomainEvent {
}
