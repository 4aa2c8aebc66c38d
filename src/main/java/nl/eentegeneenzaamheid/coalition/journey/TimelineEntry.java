package nl.eentegeneenzaamheid.coalition.journey;

import java.time.Instant;

/**
 * One step in a municipality's journey, as staff and the read API see it.
 *
 * @param kind    a stable name, for example {@code intent-approved}
 * @param summary what happened, in Dutch
 * @param actor   the user, API client or {@code system} that did it
 */
public record TimelineEntry(Instant at, String kind, String summary, String actor) {
}
