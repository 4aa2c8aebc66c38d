package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditEntry;
import nl.eentegeneenzaamheid.coalition.signing.audit.TrailExport;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.internal.EnvelopeRepository;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningRecords;
import nl.eentegeneenzaamheid.coalition.signing.seal.Seal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * After the last signature: the final document (the agreement, a signature page and the certificate of completion,
 * with the trail and the agreement attached) sealed with the programme's PAdES seal; then the journey moves on and
 * everyone receives the sealed document.
 */
@Service
public class Sealing {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final EnvelopeRepository repository;
    private final SigningRecords records;
    private final Envelopes envelopes;
    private final AuditTrail audit;
    private final AgreementPdf pdf;
    private final Seal seal;
    private final Journeys journeys;
    private final Outbox outbox;
    private final Clock clock;

    Sealing(EnvelopeRepository repository, SigningRecords records, Envelopes envelopes, AuditTrail audit,
            AgreementPdf pdf, Seal seal, Journeys journeys, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.envelopes = envelopes;
        this.audit = audit;
        this.pdf = pdf;
        this.seal = seal;
        this.journeys = journeys;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Seals the completed envelope's final document; a second call (a retried job) changes nothing. */
    @Transactional
    public String seal(UUID onboardingId) {
        UUID envelopeId = envelopes.currentId(onboardingId);
        Envelope envelope = repository.loadForUpdate(envelopeId);
        if (envelope.status() != EnvelopeStatus.COMPLETED) {
            throw new EnvelopeStateException("Only a completed envelope can be sealed; this one is "
                    + envelope.status());
        }
        if (envelope.sealedDocumentSha256() != null) {
            return envelope.sealedDocumentSha256();
        }
        List<AgreementPdf.SignedBy> signatures = envelope.signers().stream()
                .map(s -> new AgreementPdf.SignedBy(s.name(), s.title(), s.organisation(), s.signedName(),
                        s.signedAt(), SignerLinks.VERIFICATION)).toList();
        List<AuditEntry> trail = audit.entries(envelopeId);
        AuditEntry last = trail.get(trail.size() - 1);
        String trailJson = new TrailExport(envelopeId, envelope.documentSha256(), trail.size(), last.entryHash(), trail)
                .toJson();
        byte[] agreement = repository.document(envelopeId);
        byte[] completed = pdf.completed(agreement, envelope.documentSha256(), envelope.municipalityName(),
                signatures, trail, trailJson);
        Instant now = Instant.now(clock);
        byte[] sealed = seal.seal(completed, TEXTS.text("seal.reason"), now);
        String sha256 = Digests.sha256(sealed);
        envelope.sealed(sha256, now);
        repository.storeSealedDocument(envelope, sealed);
        audit.append(envelopeId, "sealed", Actor.SYSTEM, envelope.documentSha256(), TEXTS.text("audit.sealed",
                Map.of("certificate", seal.certificateSha256(), "sha256", sha256)));
        return sha256;
    }

    /**
     * The agreement is signed and sealed: the journey moves to onboarding. {@code SigningCompleted} has the
     * notifications module mail everyone the sealed document.
     */
    @Transactional
    public void finish(UUID onboardingId) {
        UUID envelopeId = envelopes.currentId(onboardingId);
        Envelope envelope = envelopes.get(envelopeId);
        if (envelope.sealedDocumentSha256() == null) {
            throw new EnvelopeStateException("The envelope is not sealed yet");
        }
        Instant lastSignature = envelope.signers().stream().map(Envelope.Signer::signedAt)
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate signedOn = lastSignature.atZone(NETHERLANDS).toLocalDate();
        String signedBy = envelope.signers().stream().map(s -> s.name() + " (" + s.organisation() + ")")
                .collect(Collectors.joining(", "));
        Instant now = Instant.now(clock);
        records.signed(onboardingId, SigningMethod.DIGITAL, signedOn, null, signedBy, "system", now);
        journeys.advance(onboardingId, Stage.SIGNING, Stage.ONBOARDING);
        journeys.record(onboardingId, "signing-completed", TEXTS.text("journey.signed-digitally",
                Map.of("signers", envelope.signers().size())), "system");
        outbox.append(new SigningCompleted(onboardingId, envelope.municipalityCode(), "DIGITAL", signedOn, null,
                signedBy, envelope.documentSha256(), "system", now, envelopeId, envelope.sealedDocumentSha256()));
    }
}
