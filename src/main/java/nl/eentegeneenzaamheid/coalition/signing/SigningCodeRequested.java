package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A signer asked for a one-time code. Carries whom to write to and the id of the code's hand-over
 * (docs/decisions/0005), never the code.
 */
@EventType(name = "signing-code-requested")
public record SigningCodeRequested(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        UUID signerId,
        String signerName,
        String signerEmail,
        UUID codeHandoverId,
        Instant codeExpiresAt,
        Instant requestedAt) implements DomainEvent {
}
