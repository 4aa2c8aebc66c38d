package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A municipality proposed a local organisation for its coalition. Its invitation follows.
 */
@EventType(name = "partner-proposed")
public record PartnerProposed(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        String organisationName,
        PartnerType partnerType,
        String kvkNumber,
        String proposedBy,
        Instant proposedAt) implements DomainEvent {
}
