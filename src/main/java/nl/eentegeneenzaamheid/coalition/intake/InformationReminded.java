package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A week passed without the municipality answering the staff's question: time to remind its contact.
 */
@EventType(name = "information-reminded")
public record InformationReminded(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        Instant remindedAt) implements DomainEvent {
}
