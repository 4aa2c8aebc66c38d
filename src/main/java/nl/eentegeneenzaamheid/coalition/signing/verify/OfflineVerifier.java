package nl.eentegeneenzaamheid.coalition.signing.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditChain;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditEntry;
import nl.eentegeneenzaamheid.coalition.signing.audit.TrailExport;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import nl.eentegeneenzaamheid.coalition.signing.seal.SealVerifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code verify [--pdf sealed.pdf] [--trail trail.json] [--certificate-sha256 HEX]}: checks, without the database,
 * <ul>
 *   <li>the sealed PDF: its PAdES seal is valid over the whole file; the agreement attached to it has the SHA-256
 *   every signature in the attached trail names; the attached trail's hash chain is intact;</li>
 *   <li>an exported trail ({@code GET /api/v1/envelopes/{id}/audit}): its hash chain is intact and ends where the
 *   envelope recorded it to end;</li>
 *   <li>both together: the exported trail records sealing exactly this file, and begins with the attached trail;</li>
 *   <li>optionally, that the seal was made with the certificate whose fingerprint you expect.</li>
 * </ul>
 * Exit code 0 when every check passes, 1 when one fails, 2 on wrong usage.
 */
public final class OfflineVerifier {

    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();

    private OfflineVerifier(PrintStream out) {
        this.out = out;
    }

    public static int run(String[] args, PrintStream out) {
        Path pdf = null;
        Path trail = null;
        String pin = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length && !arg.equals("--help")) {
                return usage(out, "Missing a value after " + arg);
            }
            switch (arg) {
                case "--pdf" -> pdf = Path.of(args[++i]);
                case "--trail" -> trail = Path.of(args[++i]);
                case "--certificate-sha256" -> pin = args[++i].replace(":", "").toLowerCase(Locale.ROOT);
                case "--help" -> {
                    return usage(out, null);
                }
                default -> {
                    return usage(out, "Unknown argument " + arg);
                }
            }
        }
        if (pdf == null && trail == null) {
            return usage(out, "Give --pdf, --trail or both");
        }
        return new OfflineVerifier(out).verify(pdf, trail, pin);
    }

    private int verify(Path pdfPath, Path trailPath, String pin) {
        try {
            TrailExport attached = null;
            String pdfSha256 = null;
            if (pdfPath != null) {
                byte[] pdf = Files.readAllBytes(pdfPath);
                pdfSha256 = Digests.sha256(pdf);
                out.println("Sealed document  " + pdfPath + "  (SHA-256 " + pdfSha256 + ")");
                attached = checkPdf(pdf, pin);
            }
            if (trailPath != null) {
                TrailExport exported = TrailExport.fromJson(Files.readString(trailPath, StandardCharsets.UTF_8));
                out.println("Audit trail      " + trailPath + "  (envelope " + exported.envelopeId() + ")");
                check("the exported trail's hash chain", exported.verify());
                if (pdfSha256 != null) {
                    String sealedHash = pdfSha256;
                    boolean recordsSeal = exported.entries().stream().anyMatch(e -> "sealed".equals(e.action())
                            && e.details() != null && e.details().contains(sealedHash));
                    report(recordsSeal, "the exported trail records sealing this very file");
                    if (attached != null) {
                        report(isPrefix(attached.entries(), exported.entries()),
                                "the trail attached to the document is the start of the exported trail");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            failures.add(e.getMessage());
            out.println("  FAIL  " + e.getMessage());
        }
        out.println(failures.isEmpty() ? "VALID: every check passed" : "NOT VALID: " + failures.size()
                + " check(s) failed");
        return failures.isEmpty() ? 0 : 1;
    }

    private TrailExport checkPdf(byte[] pdf, String pin) throws IOException {
        SealVerifier.Report seal = SealVerifier.verify(pdf);
        report(seal.valid(), "the seal: " + seal.message());
        if (seal.valid()) {
            out.println("        sealed by " + seal.signer() + (seal.developmentSeal()
                    ? "  (a DEVELOPMENT certificate: not the programme's)" : ""));
            out.println("        certificate SHA-256 " + seal.certificateSha256() + ", sealed at " + seal.signedAt());
            if (pin != null) {
                report(pin.equals(seal.certificateSha256()), "the seal certificate is the expected one (" + pin + ")");
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] trailJson = AgreementPdf.attachment(document, AgreementPdf.TRAIL_ATTACHMENT);
            byte[] agreement = AgreementPdf.attachment(document, AgreementPdf.AGREEMENT_ATTACHMENT);
            if (trailJson == null || agreement == null) {
                report(false, "the document carries its audit trail and agreement as attachments");
                return null;
            }
            TrailExport trail = TrailExport.fromJson(new String(trailJson, StandardCharsets.UTF_8));
            check("the attached trail's hash chain", trail.verify());
            String agreementSha256 = Digests.sha256(agreement);
            report(agreementSha256.equals(trail.documentSha256()), "the attached agreement has the SHA-256 the "
                    + "trail records (" + agreementSha256 + ")");
            List<AuditEntry> signatures = trail.entries().stream().filter(e -> "signed".equals(e.action())).toList();
            report(!signatures.isEmpty() && signatures.stream()
                    .allMatch(e -> agreementSha256.equals(e.documentSha256())), "all " + signatures.size()
                    + " signatures are on this agreement");
            signatures.forEach(e -> out.println("        signed " + e.occurredAt() + " by " + e.actor() + " ("
                    + e.verification() + ")"));
            return trail;
        }
    }

    private void check(String what, AuditChain.Verification verification) {
        report(verification.valid(), what + ": " + verification.message());
    }

    private void report(boolean ok, String what) {
        out.println((ok ? "  OK    " : "  FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    private static boolean isPrefix(List<AuditEntry> prefix, List<AuditEntry> all) {
        if (prefix.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).entryHash().equals(all.get(i).entryHash())) {
                return false;
            }
        }
        return true;
    }

    private static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("Usage: java -jar coalition-workflow.jar verify [--pdf sealed.pdf] [--trail trail.json] "
                + "[--certificate-sha256 HEX]");
        out.println("  --pdf    a sealed agreement (GET /api/v1/envelopes/{id}/certificate, or the e-mailed PDF)");
        out.println("  --trail  an exported audit trail (GET /api/v1/envelopes/{id}/audit)");
        out.println("  --certificate-sha256  the seal certificate's expected fingerprint (GET /api/v1/seal/certificate)");
        return problem == null ? 0 : 2;
    }
}
