package nl.eentegeneenzaamheid.coalition.journey;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Staff stopped the onboarding after recruitment; the journey has ended.
 */
@EventType(name = "onboarding-stopped")
public record OnboardingStopped(
        UUID onboardingId,
        String municipalityCode,
        String reason,
        String decidedBy,
        Instant stoppedAt) implements DomainEvent {
}
