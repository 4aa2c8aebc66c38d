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
    static final List<String> PILLARS = List.of(
            "Bestuurlijk commitment: de gemeente neemt de regie en maakt de aanpak van eenzaamheid tot een "
                    + "gedeelde ambitie van college en raad.",
            "Een sterk netwerk: gemeente en partners werken samen, signaleren eenzaamheid eerder en verwijzen "
                    + "elkaar door, in de wijk en achter de voordeur.",
            "Eenzame mensen zelf betrekken: inwoners die eenzaamheid kennen, denken en doen mee bij het "
                    + "ontwerpen en uitvoeren van de aanpak.",
            "Een duurzame aanpak: de coalitie bouwt op wat er al is en maakt afspraken die ook op de lange "
                    + "termijn standhouden.",
            "Monitoring en evaluatie: de coalitie volgt wat de aanpak oplevert, leert daarvan en stelt bij.");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", DUTCH)
            .withZone(NETHERLANDS);

    public static String title(String municipalityName) {
        return "Intentieverklaring lokale coalitie Eén tegen eenzaamheid: " + municipalityName;
    }


    /** The agreement the signers sign. */
    public byte[] agreement(Agreement agreement) {
        try (PDDocument document = new PDDocument()) {
            describe(document, title(agreement.municipalityName()), Instant.now());
            try (PdfPages pages = new PdfPages(document, "Envelop " + agreement.envelopeId() + "  ·  versie "
                    + agreement.version())) {
                pages.newPage();
                pages.title("Intentieverklaring lokale coalitie");
                pages.title("Eén tegen eenzaamheid: " + agreement.municipalityName());
                pages.small("Provincie " + agreement.province() + "  ·  " + DAY.format(agreement.date())
                        + "  ·  versie " + agreement.version());
                pages.space(10);
                pages.text("Eenzaamheid komt veel voor, bij jong en oud, en raakt aan gezondheid, meedoen en de "
                        + "leefbaarheid van onze wijken en dorpen. Alleen samen kunnen we eenzaamheid eerder "
                        + "signaleren en doorbreken. Daarom vormen de gemeente " + agreement.municipalityName()
                        + " en de ondergetekende partners een lokale coalitie tegen eenzaamheid, en sluiten zij aan bij "
                        + "het landelijke actieprogramma Eén tegen eenzaamheid van het ministerie van VWS en de VNG.");
                pages.heading("De partijen");
                pages.bullet("De gemeente " + agreement.municipalityName() + ", vertegenwoordigd door wethouder "
                        + agreement.aldermanName() + ", die bestuurlijk verantwoordelijk is voor de aanpak.");
                for (Agreement.Party party : agreement.partners()) {
                    pages.bullet(party.organisation() + " (" + party.kind() + "), vertegenwoordigd door "
                            + party.signerName() + ", " + party.signerTitle() + ".");
                }
                pages.heading("Wij spreken af");
                pages.text("Wij werken samen aan een lokale aanpak van eenzaamheid langs de vijf pijlers van het "
                        + "programma:");
                for (int i = 0; i < PILLARS.size(); i++) {
                    pages.numbered(i + 1, PILLARS.get(i));
                }
                pages.text("De gemeente stelt met de partners binnen een half jaar een lokaal plan van aanpak op en "
                        + "deelt het met het programma. Het centrale team van Eén tegen eenzaamheid ondersteunt de "
                        + "coalitie met een adviseur, een startbijeenkomst en de wethoudersbijeenkomsten.");
                pages.heading("Ondertekening");
                pages.text("Deze verklaring wordt digitaal ondertekend. Elke ondertekenaar bevestigt met een "
                        + "eenmalige code die per e-mail is verstuurd. De namen, tijdstippen en de "
                        + "controlegegevens staan op de ondertekeningspagina en in het certificaat van voltooiing "
                        + "die na de laatste handtekening aan dit document worden toegevoegd, waarna het geheel "
                        + "wordt verzegeld met het zegel van het programma Eén tegen eenzaamheid.");
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
            describe(document, title(municipalityName) + " (ondertekend)", Instant.now());
            try (PdfPages pages = new PdfPages(document, "SHA-256 van het akkoord " + agreementSha256)) {
                pages.newPage();
                pages.title("Ondertekeningspagina");
                pages.text("De intentieverklaring van de lokale coalitie Eén tegen eenzaamheid " + municipalityName
                        + " is ondertekend door:");
                for (SignedBy signature : signatures) {
                    pages.heading(signature.name());
                    pages.text(signature.title() + ", " + signature.organisation());
                    pages.small("Ondertekend op " + MOMENT.format(signature.signedAt()) + " (Nederlandse tijd) met "
                            + "de getypte naam \"" + signature.typedName() + "\"");
                    pages.small("Geverifieerd met: " + signature.verification());
                }
                pages.newPage();
                pages.title("Certificaat van voltooiing");
                pages.text("Dit certificaat geeft het volledige verloop van de ondertekening weer. Elke stap bevat "
                        + "een hash over zijn eigen inhoud en over de hash van de stap ervoor; wie één stap wijzigt, "
                        + "weglaat of verplaatst, breekt de keten. Het verloop is ook als bijlage "
                        + TRAIL_ATTACHMENT + " in dit bestand opgenomen, met het ondertekende akkoord zelf als "
                        + AGREEMENT_ATTACHMENT + ", en kan zonder onze systemen worden gecontroleerd.");
                pages.small("SHA-256 van het ondertekende akkoord: " + agreementSha256);
                pages.space(6);
                for (AuditEntry entry : trail) {
                    pages.smallBold(entry.seq() + ". " + entry.action() + "  ·  " + MOMENT.format(entry.occurredAt()));
                    pages.small("Door " + entry.actor() + " (" + entry.verification() + ")"
                            + (entry.ipAddress() == null ? "" : ", IP " + entry.ipAddress())
                            + (entry.details() == null ? "" : ": " + entry.details()));
                    if (entry.userAgent() != null) {
                        pages.small("Browser: " + entry.userAgent());
                    }
                    pages.small("Document " + entry.documentSha256());
                    pages.small("Hash " + entry.entryHash() + " (vorige " + entry.previousHash() + ")");
                    pages.space(3);
                }
            }
            attach(document, Map.of(
                    TRAIL_ATTACHMENT, new File(trailJson.getBytes(StandardCharsets.UTF_8), "application/json",
                            "Het verloop van de ondertekening (audit trail)"),
                    AGREEMENT_ATTACHMENT, new File(agreementPdf, "application/pdf",
                            "Het ondertekende akkoord, SHA-256 " + agreementSha256)));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        info.setAuthor("Eén tegen eenzaamheid");
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
