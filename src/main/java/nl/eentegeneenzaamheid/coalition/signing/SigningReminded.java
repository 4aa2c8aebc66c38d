package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** Signers who had not yet answered were reminded (each with a fresh link). */
@EventType(name = "signing-reminded")
public record SigningReminded(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        int signersReminded,
        Instant envelopeExpiresAt,
        Instant remindedAt) implements DomainEvent {
}
