package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Documents;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * Signing the coalition agreement: its start, and the paper path (the municipality and its partners signed on paper
 * or at a meeting; staff upload the scan and record when, where and who signed). Digital signing, the default, is
 * {@link Envelopes} and {@link SignerLinks}.
 */
@Service
public class Signing {

    static final int MAXIMUM_SCAN_BYTES = 20 * 1024 * 1024;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Journeys journeys;
    private final IntakeService intake;
    private final Invitations invitations;
    private final Outbox outbox;
    private final SigningRecords records;
    private final Clock clock;

    public Signing(Journeys journeys, IntakeService intake, Invitations invitations, Outbox outbox,
                   SigningRecords records, Clock clock) {
        this.journeys = journeys;
        this.intake = intake;
        this.invitations = invitations;
        this.outbox = outbox;
        this.records = records;
        this.clock = clock;
    }

    /** The signatories: the alderman, then each accepted partner's signer. */
    @Transactional(readOnly = true)
    public List<SigningStarted.Signatory> signatories(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        RegisterIntent.Person alderman = intake.aldermanOf(onboardingId);
        List<SigningStarted.Signatory> signatories = new ArrayList<>();
        signatories.add(new SigningStarted.Signatory(alderman.name(), TEXTS.text("signatory.alderman-title"),
                TEXTS.text("signatory.municipality", Map.of("municipality", onboarding.municipality().name()))));
        invitations.signers(onboardingId).forEach(signer -> signatories.add(
                new SigningStarted.Signatory(signer.name(), signer.role(), signer.organisationName())));
        return signatories;
    }

    /** The coalition is formed: its signing starts, digitally or (when staff chose so) on paper. */
    @Transactional
    public void start(UUID onboardingId, SigningMethod method) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.SIGNING);
        Instant now = Instant.now(clock);
        records.start(onboardingId, method, now);
        List<SigningStarted.Signatory> signatories = signatories(onboardingId);
        journeys.record(onboardingId, "signing-started", TEXTS.text("journey.signing-started",
                Map.of("signers", signatories.size())), "system");
        outbox.append(new SigningStarted(onboardingId, onboarding.municipality().code(), signatories, now));
    }

    /**
     * Staff upload the scan of the signed agreement (PDF, JPEG or PNG, at most 20 MB).
     *
     * @throws InvalidScanException when the file is empty, too large or not a PDF or image
     */
    @Transactional
    public String storeScan(UUID onboardingId, String filename, byte[] content, String staffMember) {
        journeys.requireStage(onboardingId, Stage.SIGNING);
        String method = records.method(onboardingId).orElse(null);
        if (!SigningMethod.PAPER.name().equals(method)) {
            throw new ScanNotExpectedException();
        }
        if (content == null || content.length == 0) {
            throw new InvalidScanException("The scan is empty");
        }
        if (content.length > MAXIMUM_SCAN_BYTES) {
            throw new InvalidScanException("The scan is larger than 20 MB");
        }
        Documents.Kind kind = Documents.identify(content).filter(k -> k != Documents.Kind.WORD).orElseThrow(() ->
                new InvalidScanException("The scan must be a PDF, JPEG or PNG file that opens (this one is another "
                        + "kind of file, or damaged)"));
        String name;
        try {
            name = Documents.filename(filename, kind, kind == Documents.Kind.PDF ? "ondertekening.pdf"
                    : "ondertekening." + (kind == Documents.Kind.PNG ? "png" : "jpg"));
        } catch (IllegalArgumentException e) {
            throw new InvalidScanException(e.getMessage());
        }
        String sha256 = Digests.sha256(content);
        records.storeScan(onboardingId, name, content, sha256);
        journeys.record(onboardingId, "signing-scan-uploaded", TEXTS.text("journey.scan-uploaded",
                Map.of("sha256", sha256)), staffMember);
        return sha256;
    }

    /** The stored scan, for staff and auditors. */
    @Transactional(readOnly = true)
    public Scan scan(UUID onboardingId) {
        journeys.get(onboardingId);
        return records.scan(onboardingId).orElseThrow(ScanNotFoundException::new);
    }

    /** A stored scan. */
    public record Scan(String filename, byte[] content) {
    }

    /**
     * Staff record the paper signing; the scan must be uploaded first.
     *
     * @throws IllegalArgumentException when a field is missing, the date lies in the future, or there is no scan
     */
    @Transactional
    public void recordPaper(UUID onboardingId, LocalDate signedOn, String place, String signedBy, String staffMember) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.SIGNING);
        if (signedOn == null || signedOn.isAfter(LocalDate.now(clock.withZone(NETHERLANDS)))) {
            throw new IllegalArgumentException("The signing date is missing or lies in the future");
        }
        if (place == null || place.isBlank() || signedBy == null || signedBy.isBlank()) {
            throw new IllegalArgumentException("Record where the agreement was signed and who signed it");
        }
        String sha256 = records.scanSha256(onboardingId).orElseThrow(() -> new IllegalArgumentException(
                "Upload the scan of the signed agreement first (POST /api/v1/onboardings/" + onboardingId
                        + "/signing/scan)"));
        Instant now = Instant.now(clock);
        records.signed(onboardingId, SigningMethod.PAPER, signedOn, place.strip(), signedBy.strip(), staffMember,
                now);
        journeys.advance(onboardingId, Stage.SIGNING, Stage.ONBOARDING);
        journeys.record(onboardingId, "signing-completed", TEXTS.text("journey.signed-on-paper",
                Map.of("date", signedOn, "place", place.strip())), staffMember);
        outbox.append(new SigningCompleted(onboardingId, onboarding.municipality().code(), "PAPER", signedOn,
                place.strip(), signedBy.strip(), sha256, staffMember, now, null, null));
    }
}
