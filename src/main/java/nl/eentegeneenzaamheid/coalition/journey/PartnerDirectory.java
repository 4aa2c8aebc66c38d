package nl.eentegeneenzaamheid.coalition.journey;

import java.util.List;
import java.util.UUID;

/**
 * The partners of a journey, as the journey's read API shows them. Implemented by the recruitment, which depends on
 * the journey, so that the journey need not depend on it.
 */
public interface PartnerDirectory {

    List<PartnerSummary> partnersOf(UUID onboardingId);

    /** A partner and where its invitation is. */
    record PartnerSummary(UUID id, String organisationName, String type, String status) {
    }
}
