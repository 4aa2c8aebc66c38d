package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** Staff voided the envelope, with a reason: its links are dead; staff decide how to go on. */
@EventType(name = "signing-voided")
public record SigningVoided(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        String reason,
        String voidedBy,
        Instant voidedAt) implements DomainEvent {
}
