package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * A municipality declared its intent; its onboarding has begun and waits for the programme staff's review.
 * Carries the people to write to, so that notification services need nothing but the event.
 */
@EventType(name = "intent-registered")
public record IntentRegistered(
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        String province,
        Person alderman,
        Person contact,
        boolean inCollegeProgramme,
        String channel,
        Instant registeredAt) implements DomainEvent {

    public record Person(String name, String email, String phone) {
    }
}
