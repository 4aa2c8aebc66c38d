package nl.eentegeneenzaamheid.coalition.signing.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.springframework.stereotype.Component;

/**
 * Renders the coalition agreement ("Intentieverklaring lokale coalitie Eén tegen eenzaamheid") and, once everyone has
 * signed, the final document: the agreement's own pages unchanged, a signature page and a certificate of completion
 * with the audit trail; the trail is also attached as JSON, so a verifier needs nothing but the file.
 */
@Component
public class AgreementPdf {

    public static final String TRAIL_ATTACHMENT = "audit-trail.json";
    public static final String AGREEMENT_ATTACHMENT = "akkoord.pdf";
    /** The documents' text: {@code messages/agreement.properties}. */
    static final TextBundle TEXTS = new TextBundle("messages/agreement");
    static final List<String> PILLARS = List.of(TEXTS.text("agreement.pillar.1"), TEXTS.text("agreement.pillar.2"),
            TEXTS.text("agreement.pillar.3"), TEXTS.text("agreement.pillar.4"), TEXTS.text("agreement.pillar.5"));
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", DUTCH)
            .withZone(NETHERLANDS);

    public static String title(String municipalityName) {
        return TEXTS.text("document.title", Map.of("municipality", municipalityName));
    }


    /** The agreement the signers sign. */
    public byte[] agreement(Agreement agreement) {
        try (PDDocument document = new PDDocument()) {
            describe(document, title(agreement.municipalityName()), Instant.now());
            try (PdfPages pages = new PdfPages(document, TEXTS.text("agreement.footer",
                    Map.of("envelope", agreement.envelopeId(), "version", agreement.version())))) {
                String municipality = agreement.municipalityName();
                pages.newPage();
                pages.title(TEXTS.text("agreement.title.1"));
                pages.title(TEXTS.text("agreement.title.2", Map.of("municipality", municipality)));
                pages.small(TEXTS.text("agreement.subtitle", Map.of("province", agreement.province(),
                        "date", DAY.format(agreement.date()), "version", agreement.version())));
                pages.space(10);
                pages.text(TEXTS.text("agreement.preamble", Map.of("municipality", municipality)));
                pages.heading(TEXTS.text("agreement.parties"));
                pages.bullet(TEXTS.text("agreement.party.municipality", Map.of("municipality", municipality,
                        "alderman", agreement.aldermanName())));
                for (Agreement.Party party : agreement.partners()) {
                    pages.bullet(TEXTS.text("agreement.party.partner", Map.of("organisation", party.organisation(),
                            "kind", party.kind(), "name", party.signerName(), "title", party.signerTitle())));
                }
                pages.heading(TEXTS.text("agreement.we-agree"));
                pages.text(TEXTS.text("agreement.pillars"));
                for (int i = 0; i < PILLARS.size(); i++) {
                    pages.numbered(i + 1, PILLARS.get(i));
                }
                pages.text(TEXTS.text("agreement.plan"));
                pages.heading(TEXTS.text("agreement.signing"));
                pages.text(TEXTS.text("agreement.signing.text"));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The final document: the signed agreement's pages, then the signature page and the certificate of completion,
     * with the audit trail attached as {@value #TRAIL_ATTACHMENT} and the signed agreement, byte for byte, as
     * {@value #AGREEMENT_ATTACHMENT} (so anyone can check its SHA-256 against the trail). Not yet sealed.
     */
    public byte[] completed(byte[] agreementPdf, String agreementSha256, String municipalityName,
                            List<SignedBy> signatures, List<AuditEntry> trail, String trailJson) {
        try (PDDocument document = Loader.loadPDF(agreementPdf)) {
            describe(document, TEXTS.text("document.title-signed", Map.of("title", title(municipalityName))),
                    Instant.now());
            try (PdfPages pages = new PdfPages(document, TEXTS.text("signatures.footer",
                    Map.of("sha256", agreementSha256)))) {
                pages.newPage();
                pages.title(TEXTS.text("signatures.title"));
                pages.text(TEXTS.text("signatures.intro", Map.of("municipality", municipalityName)));
                for (SignedBy signature : signatures) {
                    pages.heading(signature.name());
                    pages.text(TEXTS.text("signatures.signer", Map.of("title", signature.title(),
                            "organisation", signature.organisation())));
                    pages.small(TEXTS.text("signatures.signed", Map.of("moment", MOMENT.format(signature.signedAt()),
                            "typedName", signature.typedName())));
                    pages.small(TEXTS.text("signatures.verified", Map.of("verification", signature.verification())));
                }
                pages.newPage();
                pages.title(TEXTS.text("certificate.title"));
                pages.text(TEXTS.text("certificate.intro", Map.of("trail", TRAIL_ATTACHMENT,
                        "agreement", AGREEMENT_ATTACHMENT)));
                pages.small(TEXTS.text("certificate.agreement", Map.of("sha256", agreementSha256)));
                pages.space(6);
                for (AuditEntry entry : trail) {
                    certificateEntry(pages, entry);
                }
            }
            attach(document, Map.of(
                    TRAIL_ATTACHMENT, new File(trailJson.getBytes(StandardCharsets.UTF_8), "application/json",
                            TEXTS.text("attachment.trail")),
                    AGREEMENT_ATTACHMENT, new File(agreementPdf, "application/pdf",
                            TEXTS.text("attachment.agreement", Map.of("sha256", agreementSha256)))));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One step of the audit trail as the certificate of completion shows it. */
    private static void certificateEntry(PdfPages pages, AuditEntry entry) {
        pages.smallBold(TEXTS.text("certificate.entry", Map.of("seq", entry.seq(), "action", entry.action(),
                "moment", MOMENT.format(entry.occurredAt()))));
        pages.small(TEXTS.text("certificate.entry.by", Map.of("actor", String.valueOf(entry.actor()),
                "verification", String.valueOf(entry.verification())))
                + (entry.ipAddress() == null ? "" : TEXTS.text("certificate.entry.ip", Map.of("ip", entry.ipAddress())))
                + (entry.details() == null ? "" : TEXTS.text("certificate.entry.details",
                Map.of("details", entry.details()))));
        if (entry.userAgent() != null) {
            pages.small(TEXTS.text("certificate.entry.browser", Map.of("userAgent", entry.userAgent())));
        }
        pages.small(TEXTS.text("certificate.entry.document", Map.of("sha256", String.valueOf(entry.documentSha256()))));
        pages.small(TEXTS.text("certificate.entry.hash", Map.of("hash", String.valueOf(entry.entryHash()),
                "previous", String.valueOf(entry.previousHash()))));
        pages.space(3);
    }

    /** A signature as the signature page shows it. */
    public record SignedBy(String name, String title, String organisation, String typedName, Instant signedAt,
                           String verification) {
    }

    /** A file attached to a final document, or null when it has none by that name. */
    public static byte[] attachment(PDDocument document, String name) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
            return null;
        }
        PDComplexFileSpecification spec = names.getEmbeddedFiles().getNames().get(name);
        if (spec == null || spec.getEmbeddedFile() == null) {
            return null;
        }
        return spec.getEmbeddedFile().toByteArray();
    }

    private record File(byte[] content, String mediaType, String description) {
    }

    private static void attach(PDDocument document, Map<String, File> files) throws IOException {
        Map<String, PDComplexFileSpecification> specs = new java.util.TreeMap<>();
        for (Map.Entry<String, File> entry : files.entrySet()) {
            byte[] bytes = entry.getValue().content();
            PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(bytes));
            file.setSubtype(entry.getValue().mediaType());
            file.setSize(bytes.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(entry.getKey());
            spec.setFileUnicode(entry.getKey());
            spec.setFileDescription(entry.getValue().description());
            spec.setEmbeddedFile(file);
            specs.put(entry.getKey(), spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static void describe(PDDocument document, String title, Instant now) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(TEXTS.text("document.author"));
        info.setCreator("coalition-workflow");
        Calendar created = GregorianCalendar.from(now.atZone(NETHERLANDS));
        if (info.getCreationDate() == null) {
            info.setCreationDate(created);
        }
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("nl-NL");
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
