package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The coalition agreement is signed. On paper: when and where, who signed, and the SHA-256 of the recorded scan.
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
        Instant completedAt) implements DomainEvent {
}
