package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** The envelope's term passed before everyone signed; staff decide how to go on. */
@EventType(name = "signing-expired")
public record SigningExpired(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        int signed,
        int signers,
        Instant expiredAt) implements DomainEvent {
}
