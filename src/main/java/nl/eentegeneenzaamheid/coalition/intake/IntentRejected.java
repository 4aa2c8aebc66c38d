package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The programme staff rejected a municipality's intent, with a reason the municipality is told; the journey has ended.
 */
@EventType(name = "intent-rejected")
public record IntentRejected(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        String reason,
        String reviewedBy,
        Instant rejectedAt) implements DomainEvent {
}
