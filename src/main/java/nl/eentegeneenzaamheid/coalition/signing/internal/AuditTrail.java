package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.SigningAuditAppended;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditChain;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditEntry;
import nl.eentegeneenzaamheid.coalition.signing.audit.TrailExport;
import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The envelopes' tamper-evident audit trails. Appending locks the envelope's row, so entries of one envelope are
 * numbered without gaps in commit order; the envelope keeps the last entry's hash and the count, so that removing
 * entries from the end is detected too; and every new head is published on Kafka through the outbox, a witness that
 * someone who can rewrite the database cannot rewrite with it.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Outbox outbox;
    private final AuditWitness witness;
    private final TransactionTemplate readOnly;

    AuditTrail(JdbcTemplate jdbc, Clock clock, Outbox outbox, AuditWitness witness,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
        this.witness = witness;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Appends a step in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(UUID envelopeId, String action, Actor actor, String documentSha256, String details) {
        record Head(int count, String hash) {
        }
        Head head = jdbc.queryForObject("select audit_count, audit_head from envelope where id = ? for update",
                (row, n) -> new Head(row.getInt(1), row.getString(2)), envelopeId);
        int seq = head.count() + 1;
        Instant now = AuditChain.truncate(Instant.now(clock));
        String hash = AuditChain.hash(envelopeId, seq, now, action, actor.id(), actor.ipAddress(), actor.userAgent(),
                actor.verification(), documentSha256, details, head.hash());
        jdbc.update("""
                insert into signing_audit (envelope_id, seq, occurred_at, action, actor, ip_address, user_agent,
                    verification, document_sha256, details, previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", envelopeId, seq, Timestamp.from(now), action,
                actor.id(), actor.ipAddress(), actor.userAgent(), actor.verification(), documentSha256, details,
                head.hash(), hash);
        jdbc.update("update envelope set audit_count = ?, audit_head = ? where id = ?", seq, hash, envelopeId);
        // the witness: the new head leaves the database with this transaction's commit
        outbox.append(new SigningAuditAppended(envelopeId, seq, action, now, hash));
        return new AuditEntry(envelopeId, seq, now, action, actor.id(), actor.ipAddress(), actor.userAgent(),
                actor.verification(), documentSha256, details, head.hash(), hash);
    }

    /** The trail in its stored order (by sequence number). */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(UUID envelopeId) {
        return jdbc.query("""
                select envelope_id, seq, occurred_at, action, actor, ip_address, user_agent, verification,
                    document_sha256, details, previous_hash, entry_hash
                from signing_audit where envelope_id = ? order by seq""",
                (row, n) -> new AuditEntry(row.getObject(1, UUID.class), row.getInt(2),
                        row.getTimestamp(3).toInstant(), row.getString(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                        row.getString(12)), envelopeId);
    }

    /** The trail as exported: the entries and the envelope's record of its count and last hash. */
    @Transactional(readOnly = true)
    public TrailExport export(UUID envelopeId) {
        record Head(String document, int count, String hash) {
        }
        Head head = jdbc.queryForObject("select document_sha256, audit_count, audit_head from envelope where id = ?",
                (row, n) -> new Head(row.getString(1), row.getInt(2), row.getString(3)), envelopeId);
        return new TrailExport(envelopeId, head.document(), head.count(), head.hash(), entries(envelopeId));
    }

    /**
     * Recomputes the chain, compares its end with the envelope's record of it, and compares every entry with the head
     * published on Kafka when it was written. The published heads are read first: whatever they hold was committed
     * before, so the database read after must have it.
     */
    public AuditChain.Verification verify(UUID envelopeId) {
        List<WitnessCheck.PublishedHead> heads = null;
        String unavailable = null;
        try {
            heads = witness.publishedHeads(envelopeId);
        } catch (AuditWitness.WitnessUnavailableException e) {
            unavailable = e.getMessage();
        }
        record Stored(List<AuditEntry> entries, int count, String head) {
        }
        Stored stored = readOnly.execute(status -> {
            record Head(int count, String hash) {
            }
            Head head = jdbc.queryForObject("select audit_count, audit_head from envelope where id = ?",
                    (row, n) -> new Head(row.getInt(1), row.getString(2)), envelopeId);
            return new Stored(entries(envelopeId), head.count(), head.hash());
        });
        AuditChain.Verification chain = AuditChain.verify(stored.entries(), stored.count(), stored.head());
        return chain.with(heads == null ? WitnessCheck.Witness.unavailable(witness.topic(), unavailable)
                : WitnessCheck.check(stored.entries(), heads, witness.topic()));
    }
}
