package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The coalition agreement is signed. On paper: when and where, who signed, and the SHA-256 of the recorded scan.
 * Digitally: the envelope, the day of the last signature, who signed, the SHA-256 of the agreement everyone signed and
 * of the sealed final document (never the PDF itself, never a link).
 */
@EventType(name = "signing-completed")
public record SigningCompleted(
        UUID onboardingId,
        String municipalityCode,
        String method,
        LocalDate signedOn,
        String place,
        String signedBy,
        String documentSha256,
        String recordedBy,
        Instant completedAt,
        UUID envelopeId,
        String sealedDocumentSha256) implements DomainEvent {
}
