package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventType;

/**
 * An entry was appended to an envelope's audit trail: its number and hash, from then on the trail's head. Published
 * on the audit witness topic ({@code coalition.signing.audit.v1}), keyed {@code envelope-<id>}, in the transaction
 * that wrote the entry: the programme's Kafka log keeps what the trail was, so that a rewrite of the database alone
 * (an entry edited and every later hash recomputed) is caught by {@code GET /api/v1/envelopes/{id}/audit/verify}.
 *
 * @param seq       the entry's number, which is also the trail's length after it
 * @param entryHash the entry's hash: the trail's head
 */
@EventType(name = "signing-audit-appended", channel = EventType.SIGNING_AUDIT)
public record SigningAuditAppended(
        UUID envelopeId,
        int seq,
        String action,
        Instant occurredAt,
        String entryHash) implements DomainEvent {

    public static String key(UUID envelopeId) {
        return "envelope-" + envelopeId;
    }

    /** An envelope's trail, not one municipality's journey. */
    @Override
    public String municipalityCode() {
        return null;
    }

    @Override
    public String subject() {
        return key(envelopeId);
    }
}
