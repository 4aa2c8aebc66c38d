package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A municipality's intent is approved by the programme staff; it starts recruiting its local partners.
 */
@EventType(name = "intent-approved")
public record IntentApproved(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        String reviewedBy,
        Instant approvedAt) implements DomainEvent {
}
