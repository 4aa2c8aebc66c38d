package nl.eentegeneenzaamheid.coalition.signing.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in an envelope's audit trail, as stored and as exported.
 *
 * @param seq            1, 2, 3, ... within the envelope
 * @param actor          who acted: {@code signer:<id> <name>}, {@code staff:<user>} or {@code system}
 * @param verification   how the actor was verified: {@code link}, {@code link+code}, {@code login}, {@code system}
 * @param documentSha256 the SHA-256 of the document the step concerns
 * @param previousHash   the previous entry's {@code entryHash} (64 zeros for the first)
 * @param entryHash      SHA-256 over {@code previousHash} and this entry's canonical content
 */
public record AuditEntry(
        UUID envelopeId,
        int seq,
        Instant occurredAt,
        String action,
        String actor,
        String ipAddress,
        String userAgent,
        String verification,
        String documentSha256,
        String details,
        String previousHash,
        String entryHash) {
}
