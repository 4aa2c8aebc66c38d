package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A new invitation and its link's token. The token exists only here, in memory, on its way to the partner: it is
 * stored as a hash and never put in an event, a log line or a process variable.
 */
public record SentInvitation(UUID invitationId, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "SentInvitation[invitationId=" + invitationId + ", expiresAt=" + expiresAt + "]";
    }
}
