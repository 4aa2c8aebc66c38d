package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A partner was invited to join the coalition. Carries the contact to write to, the deadline and the id of the link's
 * hand-over (docs/decisions/0005), never the link's token.
 */
@EventType(name = "partner-invited")
public record PartnerInvited(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        String contactName,
        String contactEmail,
        Instant expiresAt,
        UUID linkHandoverId) implements DomainEvent {
}
