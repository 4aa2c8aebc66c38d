package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The partner declined the invitation, with its reason.
 */
@EventType(name = "partner-declined")
public record PartnerDeclined(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        String reason,
        Instant declinedAt) implements DomainEvent {
}
