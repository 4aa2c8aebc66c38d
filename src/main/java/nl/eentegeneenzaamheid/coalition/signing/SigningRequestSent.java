package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** A signer was sent a link to sign (first request, or a new link after an extension). Never carries the link. */
@EventType(name = "signing-request-sent")
public record SigningRequestSent(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        int documentVersion,
        UUID signerId,
        SignerRole signerRole,
        String organisation,
        int round,
        Instant linkExpiresAt,
        Instant sentAt) implements DomainEvent {
}
