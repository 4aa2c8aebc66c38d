package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** A signer declined to sign, with their reason; staff decide how to go on. */
@EventType(name = "signature-declined")
public record SignatureDeclined(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        UUID signerId,
        SignerRole signerRole,
        String organisation,
        String reason,
        Instant declinedAt) implements DomainEvent {
}
