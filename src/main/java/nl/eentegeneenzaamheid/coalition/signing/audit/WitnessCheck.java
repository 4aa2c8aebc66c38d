package nl.eentegeneenzaamheid.coalition.signing.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares an audit trail as the database holds it with the heads published on Kafka when each entry was written
 * (the witness). Someone who can write to the database can edit an entry and recompute every later hash and the
 * envelope's head, so that the chain alone looks intact; the published heads were written before and elsewhere, and
 * contradict it from the rewritten entry on.
 */
public final class WitnessCheck {

    private WitnessCheck() {
    }

    /** A head as published: the entry's number and hash. */
    public record PublishedHead(int seq, String entryHash) {
    }

    /**
     * What the witness says.
     *
     * @param publishedHeads         how many distinct entries the witness holds
     * @param witnessedUpTo          the highest entry number the witness holds (0: none)
     * @param firstContradictedEntry the first entry the witness contradicts, null unless {@code CONTRADICTED}
     */
    public record Witness(Status status, String topic, int publishedHeads, int witnessedUpTo,
                          Integer firstContradictedEntry, String message) {

        public enum Status {
            /** Every published head matches the stored entry. */
            CONSISTENT,
            /** The database's trail is not the one published: it was changed after the fact. */
            CONTRADICTED,
            /** The witness could not be read (Kafka unreachable): only the chain itself was checked. */
            UNAVAILABLE
        }

        public static Witness unavailable(String topic, String reason) {
            return new Witness(Status.UNAVAILABLE, topic, 0, 0, null, "The published heads on " + topic
                    + " could not be read (" + reason + "): only the hash chain in the database was checked");
        }
    }

    /**
     * Checks the stored entries against the published heads. Read the heads first and the entries after: everything
     * published was committed before, so a head without its entry means the entry was removed.
     */
    public static Witness check(List<AuditEntry> stored, List<PublishedHead> published, String topic) {
        SortedMap<Integer, String> heads = new TreeMap<>();
        Integer conflict = null;
        for (PublishedHead head : published) {
            String earlier = heads.putIfAbsent(head.seq(), head.entryHash());
            if (earlier != null && !earlier.equals(head.entryHash()) && conflict == null) {
                conflict = head.seq();
            }
        }
        int upTo = heads.isEmpty() ? 0 : heads.lastKey();
        if (heads.isEmpty() && !stored.isEmpty()) {
            return new Witness(Witness.Status.UNAVAILABLE, topic, 0, 0, null, "No heads of this envelope are "
                    + "published on " + topic + " (yet: the outbox relays them within seconds; if that stays so, the "
                    + "witness was lost or the topic changed): only the hash chain in the database was checked");
        }
        if (conflict != null) {
            return contradicted(topic, heads.size(), upTo, conflict, "The witness on " + topic
                    + " holds two different hashes for entry " + conflict);
        }
        Map<Integer, AuditEntry> bySeq = new HashMap<>();
        stored.forEach(entry -> bySeq.put(entry.seq(), entry));
        for (Map.Entry<Integer, String> head : heads.entrySet()) {
            AuditEntry entry = bySeq.get(head.getKey());
            if (entry == null) {
                return contradicted(topic, heads.size(), upTo, head.getKey(), "Entry " + head.getKey()
                        + " was published on " + topic + " when it was written, but the database no longer has it");
            }
            if (!entry.entryHash().equals(head.getValue())) {
                return contradicted(topic, heads.size(), upTo, head.getKey(), "Entry " + head.getKey()
                        + " is not the entry published on " + topic + " when it was written: the trail in the "
                        + "database was rewritten from entry " + head.getKey() + " on");
            }
        }
        String message = upTo >= stored.size()
                ? "All " + stored.size() + " entries match the heads published on " + topic
                : "Entries 1 to " + upTo + " match the heads published on " + topic + "; entries " + (upTo + 1)
                        + " to " + stored.size() + " are not published yet (the outbox relays them within seconds; "
                        + "if that stays so, they were added outside the application)";
        return new Witness(Witness.Status.CONSISTENT, topic, heads.size(), upTo, null, message);
    }

    private static Witness contradicted(String topic, int heads, int upTo, int seq, String message) {
        return new Witness(Witness.Status.CONTRADICTED, topic, heads, upTo, seq, message);
    }
}
