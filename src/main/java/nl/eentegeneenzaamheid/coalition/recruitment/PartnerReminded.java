package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A week passed without an answer to the partner's invitation: time to remind its contact.
 */
@EventType(name = "partner-reminded")
public record PartnerReminded(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        String contactName,
        String contactEmail,
        Instant expiresAt) implements DomainEvent {
}
