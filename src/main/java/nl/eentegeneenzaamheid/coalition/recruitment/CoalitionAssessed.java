package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The coalition-readiness decision: whether the partners that accepted make a coalition ready to sign.
 */
@EventType(name = "coalition-assessed")
public record CoalitionAssessed(
        UUID onboardingId,
        String municipalityCode,
        int acceptedPartners,
        int acceptedPartnerTypes,
        boolean ready,
        String reason,
        Instant assessedAt) implements DomainEvent {
}
