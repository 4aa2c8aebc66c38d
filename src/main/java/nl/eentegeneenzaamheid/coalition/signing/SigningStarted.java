package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The coalition is formed and its agreement is to be signed, by the alderman and each accepted partner's signer.
 */
@EventType(name = "signing-started")
public record SigningStarted(
        UUID onboardingId,
        String municipalityCode,
        List<Signatory> signatories,
        Instant startedAt) implements DomainEvent {

    /** Who signs, for which organisation, in which role. */
    public record Signatory(String name, String role, String organisation) {
    }
}
