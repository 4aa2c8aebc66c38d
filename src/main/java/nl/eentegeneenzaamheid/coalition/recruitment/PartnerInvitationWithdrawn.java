package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Programme staff withdrew the partner's invitation.
 */
@EventType(name = "partner-invitation-withdrawn")
public record PartnerInvitationWithdrawn(
        UUID onboardingId,
        String municipalityCode,
        UUID partnerId,
        UUID invitationId,
        String organisationName,
        String reason,
        String withdrawnBy,
        Instant withdrawnAt) implements DomainEvent {
}
