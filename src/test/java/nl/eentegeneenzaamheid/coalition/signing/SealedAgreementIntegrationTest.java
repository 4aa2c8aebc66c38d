package nl.eentegeneenzaamheid.coalition.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditChain;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditEntry;
import nl.eentegeneenzaamheid.coalition.signing.audit.TrailExport;
import nl.eentegeneenzaamheid.coalition.signing.audit.WitnessCheck;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.seal.SealVerifier;
import nl.eentegeneenzaamheid.coalition.signing.verify.OfflineVerifier;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One coalition signs everything; then its sealed document and its audit trail are checked, and tampered with: the
 * seal must catch a changed byte, the chain an edited, deleted or reordered entry, and the offline verifier both.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SealedAgreementIntegrationTest {

    private static final Actor BROWSER = Actor.link("198.51.100.7", "Mozilla/5.0 (JUnit)");

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired EmbeddedMailServer mail;
    @Autowired Envelopes envelopes;
    @Autowired SignerLinks links;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;

    UUID envelopeId;
    byte[] sealed;

    @BeforeAll
    void everyoneSigns() {
        SigningFixture.Coalition coalition = new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail()).signing("GM1970");
        for (Mailbox signer : coalition.signers()) {
            String token = signer.signingToken(1);
            links.sendCode(token, BROWSER);
            links.sign(token, links.open(token, BROWSER).name(), true, signer.code(1), BROWSER);
        }
        String call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(call)
                .activityId(SigningProcess.TASK_SEAL).singleResult();
        engine.getManagementService().executeJob(job.getId());
        envelopeId = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        // the notifications module reads the sealed document to mail it: its entry is the last one written by others
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from signing_audit where envelope_id = ? and action = 'downloaded' "
                        + "and actor = 'system:notifications'", Integer.class, envelopeId) == 1);
        sealed = envelopes.downloadCertificate(envelopeId, Actor.staff("eva")).content();
    }

    @Test
    void the_seal_covers_the_whole_file_and_the_attached_agreement_is_the_one_everyone_signed() throws IOException {
        SealVerifier.Report report = SealVerifier.verify(sealed);
        assertThat(report.valid()).as(report.message()).isTrue();
        Envelope envelope = envelopes.get(envelopeId);
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature seal = document.getLastSignatureDictionary();
            int[] range = seal.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the seal's byte range ends at the end of the file")
                    .isEqualTo(sealed.length);
            assertThat(seal.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            byte[] agreement = AgreementPdf.attachment(document, AgreementPdf.AGREEMENT_ATTACHMENT);
            assertThat(Digests.sha256(agreement)).isEqualTo(envelope.documentSha256());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ondertekeningspagina", "Certificaat van voltooiing", "Welzijn Súdwest",
                    "Woonstichting 's-Hertogenbosch", "Gemeente Noardeast-Fryslân", envelope.documentSha256());
        }
        try (PDDocument agreement = Loader.loadPDF(envelopes.downloadDocument(envelopeId, Actor.staff("eva"))
                .content())) {
            assertThat(new PDFTextStripper().getText(agreement).replaceAll("\\s+", " ")).contains(
                    "Intentieverklaring lokale coalitie", "Eén tegen eenzaamheid: Noardeast-Fryslân",
                    "Bestuurlijk commitment", "Een sterk netwerk", "Eenzame mensen zelf betrekken",
                    "Een duurzame aanpak", "Monitoring en evaluatie", "Anne de Wethouder");
        }
    }

    @Test
    void changing_any_one_byte_of_the_sealed_file_breaks_the_seal() {
        for (int position : new int[] {20, sealed.length / 4, sealed.length / 2, sealed.length - 40}) {
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;
            SealVerifier.Report report = SealVerifier.verify(changed);
            assertThat(report.valid()).as("byte " + position + " changed: " + report.message()).isFalse();
        }
        byte[] appended = java.util.Arrays.copyOf(sealed, sealed.length + 10);
        assertThat(SealVerifier.verify(appended).valid()).isFalse();
    }

    @Test
    void editing_deleting_or_reordering_an_entry_breaks_the_chain_at_that_entry() {
        List<AuditEntry> original = audit.entries(envelopeId);
        assertThat(audit.verify(envelopeId).valid()).isTrue();
        try {
            jdbc.update("update signing_audit set details = 'iets anders' where envelope_id = ? and seq = 4",
                    envelopeId);
            assertBrokenAt(4, "changed");
            restore(original);

            jdbc.update("update signing_audit set ip_address = '10.0.0.1' where envelope_id = ? and seq = 7",
                    envelopeId);
            assertBrokenAt(7, "changed");
            restore(original);

            jdbc.update("delete from signing_audit where envelope_id = ? and seq = 3", envelopeId);
            assertBrokenAt(3, "missing");
            restore(original);

            // swap entries 5 and 6 completely, sequence numbers included
            jdbc.update("update signing_audit set seq = -5 where envelope_id = ? and seq = 5", envelopeId);
            jdbc.update("update signing_audit set seq = 5 where envelope_id = ? and seq = 6", envelopeId);
            jdbc.update("update signing_audit set seq = 6 where envelope_id = ? and seq = -5", envelopeId);
            assertBrokenAt(5, "");
            restore(original);

            jdbc.update("delete from signing_audit where envelope_id = ? and seq = ?", envelopeId, original.size());
            assertBrokenAt(original.size(), "missing");
        } finally {
            restore(original);
        }
        assertThat(audit.verify(envelopeId).valid()).isTrue();
    }

    @Test
    void a_rewrite_of_the_database_trail_with_every_later_hash_recomputed_is_caught_by_the_published_heads() {
        List<AuditEntry> original = audit.entries(envelopeId);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                audit.verify(envelopeId).witness().witnessedUpTo() == original.size());
        assertThat(audit.verify(envelopeId).witness().status()).isEqualTo(WitnessCheck.Witness.Status.CONSISTENT);
        try {
            // someone with write access edits entry 4 and makes the chain whole again: every later hash and the
            // envelope's record of the head recomputed
            rewrite(original, 4, "Ondertekend door iemand anders");
            AuditChain.Verification chainAlone = AuditChain.verify(audit.entries(envelopeId), original.size(),
                    jdbc.queryForObject("select audit_head from envelope where id = ?", String.class, envelopeId));
            assertThat(chainAlone.valid()).as("the chain alone cannot tell").isTrue();

            AuditChain.Verification verification = audit.verify(envelopeId);
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenEntry()).isEqualTo(4);
            assertThat(verification.witness().status()).isEqualTo(WitnessCheck.Witness.Status.CONTRADICTED);
            assertThat(verification.message()).contains("Entry 4", "coalition.signing.audit.v1", "rewritten");

            // the end cut off and the head moved back: the published heads still know the removed entries
            restore(original);
            List<AuditEntry> shortened = original.subList(0, original.size() - 2);
            jdbc.update("delete from signing_audit where envelope_id = ? and seq > ?", envelopeId, shortened.size());
            jdbc.update("update envelope set audit_count = ?, audit_head = ? where id = ?", shortened.size(),
                    shortened.get(shortened.size() - 1).entryHash(), envelopeId);
            assertThat(AuditChain.verify(audit.entries(envelopeId), shortened.size(),
                    shortened.get(shortened.size() - 1).entryHash()).valid()).isTrue();
            AuditChain.Verification cut = audit.verify(envelopeId);
            assertThat(cut.valid()).isFalse();
            assertThat(cut.firstBrokenEntry()).isEqualTo(shortened.size() + 1);
            assertThat(cut.message()).contains("the database no longer has it");
        } finally {
            restore(original);
            jdbc.update("update envelope set audit_count = ?, audit_head = ? where id = ?", original.size(),
                    original.get(original.size() - 1).entryHash(), envelopeId);
        }
        assertThat(audit.verify(envelopeId).valid()).isTrue();
    }

    @Test
    void the_offline_verifier_checks_the_sealed_file_and_the_exported_trail_without_the_database(@TempDir Path dir)
            throws IOException {
        Path pdf = dir.resolve("akkoord.pdf");
        Path trail = dir.resolve("trail.json");
        Files.write(pdf, sealed);
        Files.writeString(trail, audit.export(envelopeId).toJson());

        Run valid = verify("--pdf", pdf.toString(), "--trail", trail.toString());
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(valid.output()).contains("VALID", "the seal: The seal is valid",
                "the exported trail records sealing this very file", "DEVELOPMENT certificate");

        byte[] changed = sealed.clone();
        changed[sealed.length / 3] ^= 0x01;
        Files.write(pdf, changed);
        Run tamperedPdf = verify("--pdf", pdf.toString(), "--trail", trail.toString());
        assertThat(tamperedPdf.exitCode()).isEqualTo(1);
        assertThat(tamperedPdf.output()).contains("FAIL  the seal", "NOT VALID");

        TrailExport exported = TrailExport.fromJson(Files.readString(trail));
        List<AuditEntry> entries = new java.util.ArrayList<>(exported.entries());
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.envelopeId(), third.seq(), third.occurredAt(), third.action(),
                "staff:mallory", third.ipAddress(), third.userAgent(), third.verification(), third.documentSha256(),
                third.details(), third.previousHash(), third.entryHash()));
        Files.writeString(trail, new TrailExport(exported.envelopeId(), exported.documentSha256(), exported.count(),
                exported.head(), entries).toJson());
        Run tamperedTrail = verify("--trail", trail.toString());
        assertThat(tamperedTrail.exitCode()).isEqualTo(1);
        assertThat(tamperedTrail.output()).contains("Entry 3 was changed");

        Run pinned = verify("--pdf", dir.resolve("missing.pdf").toString());
        assertThat(pinned.exitCode()).isEqualTo(1);
        assertThat(verify("--nonsense").exitCode()).isEqualTo(2);
    }

    private void assertBrokenAt(int seq, String word) {
        AuditChain.Verification verification = audit.verify(envelopeId);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenEntry()).as(verification.message()).isEqualTo(seq);
        assertThat(verification.message()).contains(word);
    }

    /** Changes one entry's details and recomputes the chain from there on, as an attacker with write access could. */
    private void rewrite(List<AuditEntry> original, int seq, String details) {
        String previous = original.get(seq - 2).entryHash();
        for (AuditEntry e : original.subList(seq - 1, original.size())) {
            String text = e.seq() == seq ? details : e.details();
            String hash = AuditChain.hash(e.envelopeId(), e.seq(), e.occurredAt(), e.action(), e.actor(),
                    e.ipAddress(), e.userAgent(), e.verification(), e.documentSha256(), text, previous);
            jdbc.update("update signing_audit set details = ?, previous_hash = ?, entry_hash = ? where envelope_id = ? "
                    + "and seq = ?", text, previous, hash, envelopeId, e.seq());
            previous = hash;
        }
        jdbc.update("update envelope set audit_head = ? where id = ?", previous, envelopeId);
    }

    private void restore(List<AuditEntry> entries) {
        jdbc.update("delete from signing_audit where envelope_id = ?", envelopeId);
        for (AuditEntry e : entries) {
            jdbc.update("""
                    insert into signing_audit (envelope_id, seq, occurred_at, action, actor, ip_address, user_agent,
                        verification, document_sha256, details, previous_hash, entry_hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.envelopeId(), e.seq(),
                    java.sql.Timestamp.from(e.occurredAt()), e.action(), e.actor(), e.ipAddress(), e.userAgent(),
                    e.verification(), e.documentSha256(), e.details(), e.previousHash(), e.entryHash());
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = OfflineVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
