package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The municipality's local plan against loneliness was received: uploaded by the municipality, or marked received by staff.
 */
@EventType(name = "local-plan-received")
public record LocalPlanReceived(
        UUID onboardingId,
        String municipalityCode,
        String sha256,
        String receivedBy,
        Instant receivedAt) implements DomainEvent {
}
