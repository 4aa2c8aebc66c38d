package nl.eentegeneenzaamheid.coalition.signing.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.platform.Digests;

/**
 * The hash chain of an audit trail, with no database: the server uses it to append and to verify, and the offline
 * verifier uses it on an exported trail. The canonical content is a fixed list of {@code name=value} lines with
 * every value escaped, so the same entry always gives the same bytes.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Time as stored: PostgreSQL keeps microseconds. */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The entry's hash over the previous hash and the entry's canonical content. */
    public static String hash(UUID envelopeId, int seq, Instant occurredAt, String action, String actor,
                              String ipAddress, String userAgent, String verification, String documentSha256,
                              String details, String previousHash) {
        String canonical = "envelope=" + envelopeId + "\n"
                + "seq=" + seq + "\n"
                + "occurredAt=" + truncate(occurredAt) + "\n"
                + "action=" + escape(action) + "\n"
                + "actor=" + escape(actor) + "\n"
                + "ip=" + escape(ipAddress) + "\n"
                + "userAgent=" + escape(userAgent) + "\n"
                + "verification=" + escape(verification) + "\n"
                + "document=" + escape(documentSha256) + "\n"
                + "details=" + escape(details) + "\n"
                + "previous=" + previousHash + "\n";
        return Digests.sha256(canonical);
    }

    static String hash(AuditEntry entry) {
        return hash(entry.envelopeId(), entry.seq(), entry.occurredAt(), entry.action(), entry.actor(),
                entry.ipAddress(), entry.userAgent(), entry.verification(), entry.documentSha256(), entry.details(),
                entry.previousHash());
    }

    /**
     * Checks a trail in its stored order.
     *
     * @param expectedCount the number of entries the envelope says it has, or -1 when unknown
     * @param expectedHead  the last entry's hash the envelope holds, or null when unknown
     */
    public static Verification verify(List<AuditEntry> entries, int expectedCount, String expectedHead) {
        String previous = GENESIS;
        UUID envelope = entries.isEmpty() ? null : entries.get(0).envelopeId();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            int expectedSeq = i + 1;
            if (entry.seq() != expectedSeq || !entry.envelopeId().equals(envelope)) {
                return Verification.broken(entries.size(), expectedSeq, "Entry " + expectedSeq
                        + " is missing or out of order (found entry " + entry.seq() + " in its place)");
            }
            if (!previous.equals(entry.previousHash())) {
                return Verification.broken(entries.size(), expectedSeq, "Entry " + expectedSeq
                        + " does not follow the entry before it: its previous hash does not match");
            }
            if (!hash(entry).equals(entry.entryHash())) {
                return Verification.broken(entries.size(), expectedSeq, "Entry " + expectedSeq
                        + " was changed after it was written: its content does not match its hash");
            }
            previous = entry.entryHash();
        }
        if (expectedCount >= 0 && expectedCount != entries.size()) {
            int first = Math.min(entries.size(), expectedCount) + 1;
            return Verification.broken(entries.size(), first, "The trail should have " + expectedCount
                    + " entries but has " + entries.size() + ": entry " + first + " is missing or was added");
        }
        if (expectedHead != null && !expectedHead.equals(previous)) {
            return Verification.broken(entries.size(), entries.size(),
                    "The trail's last entry is not the one the envelope recorded");
        }
        return new Verification(true, entries.size(), null, "All " + entries.size() + " entries are intact", previous,
                null);
    }

    /**
     * The outcome of a check.
     *
     * @param firstBrokenEntry the seq of the first entry that fails, null when valid
     * @param head             the last entry's hash when valid
     * @param witness          what the heads published on Kafka say (null where they were not consulted: offline)
     */
    public record Verification(boolean valid, int entries, Integer firstBrokenEntry, String message, String head,
                               WitnessCheck.Witness witness) {

        static Verification broken(int entries, int first, String message) {
            return new Verification(false, entries, first, message, null, null);
        }

        /** This chain check together with the witness: a trail the witness contradicts is not valid. */
        public Verification with(WitnessCheck.Witness witness) {
            if (witness.status() == WitnessCheck.Witness.Status.CONTRADICTED) {
                int first = firstBrokenEntry == null ? witness.firstContradictedEntry()
                        : Math.min(firstBrokenEntry, witness.firstContradictedEntry());
                String combined = valid ? witness.message() : message + ". " + witness.message();
                return new Verification(false, entries, first, combined, null, witness);
            }
            String combined = valid && witness.status() == WitnessCheck.Witness.Status.CONSISTENT
                    ? message + ". " + witness.message() : message;
            return new Verification(valid, entries, firstBrokenEntry, combined, head, witness);
        }
    }

    private static String escape(String value) {
        if (value == null) {
            return "\u2400";
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
