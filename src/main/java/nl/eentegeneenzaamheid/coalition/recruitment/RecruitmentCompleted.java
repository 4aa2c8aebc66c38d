package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * Recruitment is over: the municipality declared it complete, or its deadline passed. The coalition is assessed next.
 */
@EventType(name = "recruitment-completed")
public record RecruitmentCompleted(
        UUID onboardingId,
        String municipalityCode,
        String completedBy,
        boolean deadlinePassed,
        Instant completedAt) implements DomainEvent {
}
