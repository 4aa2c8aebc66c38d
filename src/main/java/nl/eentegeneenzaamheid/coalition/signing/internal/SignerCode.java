package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A signer's one-time code as stored: its keyed hash (none when none was asked for, or it was used up or locked),
 * until when it works, the wrong tries, and how many codes were sent when.
 */
public record SignerCode(UUID envelopeId, UUID signerId, String hash, Instant expiresAt, int attempts, Instant sentAt,
                         int sends) {
}
