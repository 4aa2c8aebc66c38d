package nl.eentegeneenzaamheid.coalition.journey;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.municipality.Municipality;

/**
 * A municipality's journey as the read API shows it.
 */
public record Onboarding(UUID id, Municipality municipality, Stage stage, Instant startedAt, Instant closedAt) {
}
