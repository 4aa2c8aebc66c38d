package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The partner did not answer within the invitation's term.
 */
@EventType(name = "partner-invitation-expired")
public record PartnerInvitationExpired(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        Instant expiredAt) implements DomainEvent {
}
