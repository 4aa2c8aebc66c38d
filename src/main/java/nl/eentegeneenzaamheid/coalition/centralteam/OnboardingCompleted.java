package nl.eentegeneenzaamheid.coalition.centralteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * The municipality has joined the programme Eén tegen eenzaamheid.
 */
@EventType(name = "onboarding-completed")
public record OnboardingCompleted(
        UUID onboardingId,
        String municipalityCode,
        String adviser,
        Instant completedAt) implements DomainEvent {
}
