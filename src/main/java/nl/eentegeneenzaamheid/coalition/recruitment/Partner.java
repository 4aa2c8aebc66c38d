package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

/** A proposed partner as the API shows it. */
public record Partner(UUID id, UUID onboardingId, String organisationName, PartnerType type, String kvkNumber,
                      String contactName, String contactEmail, PartnerStatus status, String proposedBy,
                      Instant proposedAt) {
}
