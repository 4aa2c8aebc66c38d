package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The partner accepted the invitation, naming who will sign for it.
 */
@EventType(name = "partner-accepted")
public record PartnerAccepted(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        String signerName,
        String signerRole,
        Instant acceptedAt) implements DomainEvent {
}
