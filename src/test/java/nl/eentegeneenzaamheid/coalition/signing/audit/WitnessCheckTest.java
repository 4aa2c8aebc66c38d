package nl.eentegeneenzaamheid.coalition.signing.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck.PublishedHead;
import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck.Witness.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail in the database against the heads published when each entry was written. */
class WitnessCheckTest {

    private static final String TOPIC = "coalition.signing.audit.v1";
    private static final UUID ENVELOPE = UUID.randomUUID();

    @Test
    void a_trail_that_matches_every_published_head_is_consistent_and_redeliveries_do_not_matter() {
        List<AuditEntry> trail = trail(5, -1);
        List<PublishedHead> heads = heads(trail);
        heads.add(heads.get(2));
        WitnessCheck.Witness witness = WitnessCheck.check(trail, heads, TOPIC);
        assertThat(witness.status()).isEqualTo(Status.CONSISTENT);
        assertThat(witness.witnessedUpTo()).isEqualTo(5);
        assertThat(witness.publishedHeads()).isEqualTo(5);
        assertThat(witness.message()).isEqualTo("All 5 entries match the heads published on " + TOPIC);
    }

    @Test
    void entries_not_published_yet_are_named_without_calling_the_trail_broken() {
        List<AuditEntry> trail = trail(5, -1);
        WitnessCheck.Witness witness = WitnessCheck.check(trail, heads(trail.subList(0, 3)), TOPIC);
        assertThat(witness.status()).isEqualTo(Status.CONSISTENT);
        assertThat(witness.message()).contains("entries 4 to 5 are not published yet");
    }

    @Test
    void a_trail_with_no_published_head_at_all_is_not_called_consistent() {
        WitnessCheck.Witness witness = WitnessCheck.check(trail(3, -1), List.of(), TOPIC);
        assertThat(witness.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(witness.message()).contains("No heads");
    }

    @Test
    void a_trail_rewritten_from_an_entry_on_is_contradicted_at_that_entry() {
        List<AuditEntry> published = trail(6, -1);
        List<AuditEntry> rewritten = trail(6, 3);
        assertThat(AuditChain.verify(rewritten, 6, rewritten.get(5).entryHash()).valid())
                .as("the rewritten chain is whole in itself").isTrue();
        WitnessCheck.Witness witness = WitnessCheck.check(rewritten, heads(published), TOPIC);
        assertThat(witness.status()).isEqualTo(Status.CONTRADICTED);
        assertThat(witness.firstContradictedEntry()).isEqualTo(3);
        assertThat(witness.message()).contains("Entry 3 is not the entry published");
    }

    @Test
    void entries_removed_after_they_were_published_are_contradicted() {
        List<AuditEntry> published = trail(6, -1);
        WitnessCheck.Witness witness = WitnessCheck.check(published.subList(0, 4), heads(published), TOPIC);
        assertThat(witness.status()).isEqualTo(Status.CONTRADICTED);
        assertThat(witness.firstContradictedEntry()).isEqualTo(5);
        assertThat(witness.message()).contains("the database no longer has it");
    }

    @Test
    void two_different_heads_for_one_entry_are_a_contradiction_in_the_witness_itself() {
        List<AuditEntry> trail = trail(3, -1);
        List<PublishedHead> heads = heads(trail);
        heads.add(new PublishedHead(2, "f".repeat(64)));
        assertThat(WitnessCheck.check(trail, heads, TOPIC).firstContradictedEntry()).isEqualTo(2);
    }

    @Test
    void a_contradicting_witness_makes_a_whole_chain_invalid_and_an_unreadable_one_leaves_it_valid() {
        List<AuditEntry> rewritten = trail(4, 2);
        AuditChain.Verification chain = AuditChain.verify(rewritten, 4, rewritten.get(3).entryHash());
        AuditChain.Verification checked = chain.with(WitnessCheck.check(rewritten, heads(trail(4, -1)), TOPIC));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.firstBrokenEntry()).isEqualTo(2);
        assertThat(checked.head()).isNull();

        AuditChain.Verification unread = chain.with(WitnessCheck.Witness.unavailable(TOPIC, "Kafka unreachable"));
        assertThat(unread.valid()).isTrue();
        assertThat(unread.witness().status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(unread.witness().message()).contains("only the hash chain in the database was checked");
    }

    /** A chain of {@code size} entries; from {@code changedFrom} on (unless -1) entry details differ. */
    private static List<AuditEntry> trail(int size, int changedFrom) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        for (int seq = 1; seq <= size; seq++) {
            String details = seq == changedFrom ? "iets anders" : "stap " + seq;
            Instant at = start.plusSeconds(seq);
            String hash = AuditChain.hash(ENVELOPE, seq, at, "signed", "system", null, null, "system",
                    "a".repeat(64), details, previous);
            entries.add(new AuditEntry(ENVELOPE, seq, at, "signed", "system", null, null, "system", "a".repeat(64),
                    details, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static List<PublishedHead> heads(List<AuditEntry> entries) {
        List<PublishedHead> heads = new ArrayList<>();
        entries.forEach(entry -> heads.add(new PublishedHead(entry.seq(), entry.entryHash())));
        return heads;
    }
}
