package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/** A signer signed the document with this hash, verified by their link and a one-time code. */
@EventType(name = "signature-recorded")
public record SignatureRecorded(
        UUID onboardingId,
        String municipalityCode,
        UUID envelopeId,
        UUID signerId,
        SignerRole signerRole,
        String organisation,
        String documentSha256,
        String verification,
        int signed,
        int signers,
        Instant signedAt) implements DomainEvent {
}
