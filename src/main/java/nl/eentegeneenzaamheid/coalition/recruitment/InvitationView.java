package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

/** What the holder of an invitation link sees. */
public record InvitationView(UUID invitationId, String organisationName, String municipalityName,
                             InvitationStatus status, Instant expiresAt) {
}
