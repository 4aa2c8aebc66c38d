package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A signer is to receive a link to sign: the first request, a new link after an extension, or a reminder (each with
 * a fresh link). Carries whom to write to and the id of the link's hand-over (docs/decisions/0005), never the link.
 */
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
        Instant sentAt,
        String signerName,
        String signerEmail,
        boolean reminder,
        UUID linkHandoverId,
        String documentSha256) implements DomainEvent {
}
