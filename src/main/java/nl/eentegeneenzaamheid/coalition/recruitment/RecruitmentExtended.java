package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Staff gave the municipality more time to recruit partners.
 */
@EventType(name = "recruitment-extended")
public record RecruitmentExtended(
        UUID onboardingId,
        String municipalityCode,
        String note,
        String decidedBy,
        Instant extendedAt) implements DomainEvent {
}
