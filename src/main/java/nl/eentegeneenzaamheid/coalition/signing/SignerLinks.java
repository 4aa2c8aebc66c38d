package nl.eentegeneenzaamheid.coalition.signing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.signing.seal.Seal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signer's side of digital signing, reached through the e-mailed link: see the document, ask for a one-time
 * code, sign (typed full name, explicit consent, the code) or decline (a reason). The link's token is looked up by
 * its hash; a link is dead once its signer has signed or declined, when it expires, and when its envelope is voided,
 * replaced or stopped. A refused request changes nothing, except that a wrong code is counted and written in the trail.
 */
@Service
public class SignerLinks {

    /** How the signers of this system are verified. */
    public static final String VERIFICATION = "e-mail link + one-time code";
    /** The hand-over purpose of a one-time code. */
    public static final String CODE_PURPOSE = nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes.SIGNING_CODE;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final byte[] codeKey;
    private final JdbcTemplate jdbc;
    private final Envelopes envelopes;
    private final Journeys journeys;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final SecretHandover handover;
    private final SigningProperties properties;
    private final SigningWorkflow workflow;
    private final Clock clock;

    SignerLinks(JdbcTemplate jdbc, Envelopes envelopes, Journeys journeys, AuditTrail audit, Outbox outbox,
                SecretHandover handover, SigningProperties properties, SigningWorkflow workflow, Clock clock,
                Seal seal) {
        this.codeKey = seal.derivedSecret("one-time-code");
        this.jdbc = jdbc;
        this.envelopes = envelopes;
        this.journeys = journeys;
        this.audit = audit;
        this.outbox = outbox;
        this.handover = handover;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * What the signer sees: the document's title and hash, who they sign as, and where everyone stands (names and
     * organisations, never addresses).
     */
    public record SignerView(
            UUID envelopeId,
            String title,
            String municipality,
            int documentVersion,
            String documentSha256,
            String name,
            String signerTitle,
            String organisation,
            SignerStatus status,
            Instant linkExpiresAt,
            Instant codeExpiresAt,
            String consentText,
            boolean sealedDocumentAvailable,
            FinalDocument finalDocument,
            List<Party> signers) {

        /** Another signer, as a signer may see them. */
        public record Party(String name, String organisation, SignerStatus status, int round) {
        }
    }

    /** The consent the signer gives by signing. */
    public static String consentText(String municipality) {
        return "Ik heb de intentieverklaring lokale coalitie Eén tegen eenzaamheid " + municipality + " gelezen, "
                + "ik ben bevoegd om namens mijn organisatie te tekenen, en ik onderteken deze verklaring elektronisch. "
                + "Ik ga ermee akkoord dat mijn naam, het tijdstip, mijn IP-adres en mijn browser worden vastgelegd in "
                + "het verloop van de ondertekening.";
    }

    /** The link is opened: written in the trail. */
    @Transactional
    public SignerView open(String token, Actor actor) {
        Resolved link = resolve(token);
        audit.append(link.envelope().id(), "opened", actor.as(Envelopes.describe(link.signer()), "link"),
                link.envelope().documentSha256(), null);
        return view(link);
    }

    /** Where the link's signer stands, also after they signed or declined (the page's confirmation). */
    @Transactional
    public SignerView status(String token) {
        return view(resolveAnswered(token));
    }

    /** The agreement to read before signing, written in the trail as downloaded. */
    @Transactional
    public Envelopes.Document document(String token, Actor actor) {
        Resolved link = resolve(token);
        return envelopes.document(link.envelope().id(), actor.as(Envelopes.describe(link.signer()), "link"));
    }

    /**
     * The sealed final document, for a signer who signed, once everyone has signed and it is sealed.
     *
     * @throws EnvelopeStateException when the signer did not sign or the document is not sealed yet
     */
    @Transactional
    public Envelopes.Document sealedDocument(String token, Actor actor) {
        Resolved link = resolveAnswered(token);
        FinalDocument finalDocument = envelopes.finalDocument(link.envelope());
        if (link.signer().status() == SignerStatus.SIGNED && (finalDocument == FinalDocument.BEING_SEALED
                || finalDocument == FinalDocument.SEALING_DELAYED)) {
            throw new DocumentBeingSealedException(finalDocument == FinalDocument.SEALING_DELAYED);
        }
        if (link.signer().status() != SignerStatus.SIGNED || link.envelope().sealedSha256() == null) {
            throw new EnvelopeStateException("Het ondertekende document is er zodra iedereen heeft getekend; u "
                    + "ontvangt het dan ook per e-mail. (The sealed document exists once everyone has signed.)");
        }
        return envelopes.certificate(link.envelope().id(), actor.as(Envelopes.describe(link.signer()), "link"));
    }

    /**
     * E-mails a new six-digit code, valid for the configured time; the previous one stops working.
     *
     * @throws CodeRejectedException (TOO_MANY_REQUESTS) when a code was sent too recently or too many were sent
     */
    @Transactional
    public Instant sendCode(String token, Actor actor) {
        Resolved link = resolve(token);
        Envelopes.SignerRow signer = link.signer();
        Instant now = Instant.now(clock);
        SigningProperties.Code settings = properties.code();
        if (signer.codeSends() >= settings.maxSends()) {
            throw new CodeRejectedException(CodeRejectedException.Reason.TOO_MANY_REQUESTS, "Er zijn al "
                    + signer.codeSends() + " codes verstuurd voor deze link. Neem contact op met het programmateam "
                    + "voor een nieuwe link. (Too many codes were sent for this link.)", null, null);
        }
        if (signer.codeSentAt() != null && signer.codeSentAt().plus(settings.resendInterval()).isAfter(now)) {
            Duration wait = Duration.between(now, signer.codeSentAt().plus(settings.resendInterval()));
            throw new CodeRejectedException(CodeRejectedException.Reason.TOO_MANY_REQUESTS, "Er is zojuist een code "
                    + "verstuurd. Wacht " + Math.max(1, wait.toSeconds()) + " seconden voor u een nieuwe vraagt. "
                    + "(A code was sent just now; wait before asking for another.)", wait, null);
        }
        String code = Secrets.sixDigitCode();
        Instant expiresAt = now.plus(settings.validity());
        jdbc.update("""
                update envelope_signer set code_hash = ?, code_expires_at = ?, code_attempts = 0, code_sent_at = ?,
                    code_sends = code_sends + 1 where id = ?""", codeHash(signer.id(), code),
                Timestamp.from(expiresAt), Timestamp.from(now), signer.id());
        outbox.append(new SigningCodeRequested(link.envelope().onboardingId(), link.envelope().municipalityCode(),
                link.envelope().id(), signer.id(), signer.name(), signer.email(),
                handover.deposit(CODE_PURPOSE, code, expiresAt), expiresAt, now));
        audit.append(link.envelope().id(), "code-sent", actor.as(Envelopes.describe(signer), "link"),
                link.envelope().documentSha256(), "Eenmalige code gemaild, geldig tot " + expiresAt);
        return expiresAt;
    }

    /**
     * Signs: the typed full name, explicit consent and the code. When this was the last signature the envelope is
     * complete; otherwise the next round is asked when this one is.
     *
     * @throws IllegalArgumentException when the name or the consent is missing
     * @throws CodeRejectedException    when the code is missing, wrong (counted), locked or expired
     */
    @Transactional(noRollbackFor = CodeRejectedException.class)
    public SignerView sign(String token, String fullName, boolean consent, String code, Actor actor) {
        Resolved link = resolve(token);
        if (fullName == null || fullName.strip().length() < 2) {
            throw new IllegalArgumentException("Typ uw volledige naam om te ondertekenen (type your full name)");
        }
        if (fullName.strip().length() > 200) {
            throw new IllegalArgumentException("Uw naam mag hoogstens 200 tekens hebben (at most 200 characters)");
        }
        if (!consent) {
            throw new IllegalArgumentException("Geef uitdrukkelijk toestemming om te ondertekenen (give your "
                    + "explicit consent)");
        }
        Envelopes.SignerRow signer = link.signer();
        Actor signerActor = actor.as(Envelopes.describe(signer), "link");
        checkCode(link, code, signerActor);
        Instant now = Instant.now(clock);
        jdbc.update("""
                update envelope_signer set status = 'SIGNED', signed_name = ?, signed_at = ?, signed_ip = ?,
                    signed_user_agent = ?, code_hash = null, code_expires_at = null where id = ?""",
                fullName.strip(), Timestamp.from(now), actor.ipAddress(), actor.userAgent(), signer.id());
        Actor verified = actor.as(Envelopes.describe(signer), "link+code");
        audit.append(link.envelope().id(), "code-verified", verified, link.envelope().documentSha256(), null);
        audit.append(link.envelope().id(), "signed", verified, link.envelope().documentSha256(),
                "Getekend als \"" + fullName.strip() + "\"; toestemming gegeven: " + consentText(
                        link.envelope().municipalityName()));
        List<Envelopes.SignerRow> all = envelopes.signerRows(link.envelope().id());
        int signed = (int) all.stream().filter(s -> s.status() == SignerStatus.SIGNED).count();
        journeys.record(link.envelope().onboardingId(), "signature-recorded", signer.organisation() + " heeft "
                + "ondertekend (" + signed + " van " + all.size() + ")", "signer:" + signer.id());
        outbox.append(new SignatureRecorded(link.envelope().onboardingId(), link.envelope().municipalityCode(),
                link.envelope().id(), signer.id(), signer.role(), signer.organisation(),
                link.envelope().documentSha256(), VERIFICATION, signed, all.size(), now));
        envelopes.completeIfAllSigned(link.envelope().id());
        return view(resolveAnswered(token));
    }

    /**
     * Declines with a reason. The municipality and the programme team are told at once, and staff decide how to go
     * on.
     */
    @Transactional
    public SignerView decline(String token, String reason, Actor actor) {
        Resolved link = resolve(token);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Geef een reden waarom u niet ondertekent (give your reason)");
        }
        if (reason.strip().length() > 4000) {
            throw new IllegalArgumentException("Uw reden mag hoogstens 4.000 tekens hebben (at most 4,000 "
                    + "characters)");
        }
        String why = reason.strip();
        Envelopes.SignerRow signer = link.signer();
        Instant now = Instant.now(clock);
        jdbc.update("""
                update envelope_signer set status = 'DECLINED', declined_at = ?, decline_reason = ?, code_hash = null
                where id = ?""", Timestamp.from(now), why, signer.id());
        audit.append(link.envelope().id(), "declined", actor.as(Envelopes.describe(signer), "link"),
                link.envelope().documentSha256(), why);
        journeys.record(link.envelope().onboardingId(), "signature-declined", signer.organisation()
                + " ondertekent niet: " + why, "signer:" + signer.id());
        outbox.append(new SignatureDeclined(link.envelope().onboardingId(), link.envelope().municipalityCode(),
                link.envelope().id(), signer.id(), signer.role(), signer.organisation(), why, now));
        workflow.signatureDeclined(link.envelope().onboardingId());
        return view(resolveAnswered(token));
    }

    private void checkCode(Resolved link, String code, Actor actor) {
        Envelopes.SignerRow signer = link.signer();
        SigningProperties.Code settings = properties.code();
        if (signer.codeHash() == null) {
            String message = signer.codeAttempts() >= settings.maxAttempts()
                    ? "De code is geblokkeerd na " + settings.maxAttempts() + " onjuiste pogingen. Vraag een nieuwe "
                    + "code aan. (The code is locked after too many wrong tries: ask for a new one.)"
                    : "Vraag eerst een code aan; die wordt naar uw e-mailadres gestuurd. (Ask for a code first.)";
            throw new CodeRejectedException(signer.codeAttempts() >= settings.maxAttempts()
                    ? CodeRejectedException.Reason.LOCKED : CodeRejectedException.Reason.MISSING, message, null, null);
        }
        if (!Instant.now(clock).isBefore(signer.codeExpiresAt())) {
            throw new CodeRejectedException(CodeRejectedException.Reason.EXPIRED, "De code is verlopen. Vraag een "
                    + "nieuwe code aan. (The code has expired: ask for a new one.)", null, null);
        }
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (entered.matches("\\d{6}") && codeHash(signer.id(), entered).equals(signer.codeHash())) {
            return;
        }
        int attempts = signer.codeAttempts() + 1;
        boolean locked = attempts >= settings.maxAttempts();
        jdbc.update("update envelope_signer set code_attempts = ?, code_hash = case when ? then null else code_hash "
                + "end where id = ?", attempts, locked, signer.id());
        audit.append(link.envelope().id(), "code-wrong", actor, link.envelope().documentSha256(), "Onjuiste code ("
                + attempts + " van " + settings.maxAttempts() + ")" + (locked ? "; code geblokkeerd" : ""));
        if (locked) {
            throw new CodeRejectedException(CodeRejectedException.Reason.LOCKED, "Onjuiste code. De code is nu "
                    + "geblokkeerd na " + settings.maxAttempts() + " onjuiste pogingen; vraag een nieuwe code aan. "
                    + "(Wrong code; it is now locked: ask for a new one.)", null, 0);
        }
        int left = settings.maxAttempts() - attempts;
        throw new CodeRejectedException(CodeRejectedException.Reason.WRONG, "Onjuiste code. U kunt het nog " + left
                + " keer proberen. (Wrong code; " + left + " tries left.)", null, left);
    }

    /**
     * A keyed hash (HMAC-SHA256 under a secret derived from the seal): six digits have a million values, so a plain
     * hash in a leaked database would be reversed in a second; without the key it cannot be.
     */
    private String codeHash(UUID signerId, String code) {
        return Digests.hmacSha256(codeKey, signerId + ":" + code);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Resolved(Envelopes.Row envelope, Envelopes.SignerRow signer) {
    }

    /** A link that can still be used to sign or decline. */
    private Resolved resolve(String token) {
        Resolved link = resolveAnswered(token);
        Envelopes.SignerRow signer = link.signer();
        if (signer.status() == SignerStatus.SIGNED || signer.status() == SignerStatus.DECLINED) {
            throw new SigningLinkException(SigningLinkException.Reason.ANSWERED, signer.status() == SignerStatus.SIGNED
                    ? "U heeft deze verklaring al ondertekend op " + signer.signedAt().atZone(NETHERLANDS)
                    .toLocalDate() + ". U ontvangt het ondertekende document per e-mail zodra iedereen heeft getekend."
                    + " (You have already signed.)"
                    : "U heeft aangegeven niet te ondertekenen. Het programmateam neemt contact met u op. "
                    + "(You have declined.)");
        }
        return link;
    }

    /** The link's signer, also when they have already answered (to show where they stand). */
    private Resolved resolveAnswered(String token) {
        if (token == null || token.length() < 22 || token.length() > 100) {
            throw unknown();
        }
        // lock the signer's row: two tabs submitting at once are handled one after the other
        Envelopes.SignerRow signer = jdbc.query(Envelopes.SIGNER_SELECT + " where token_hash = ? for update",
                (rs, n) -> Envelopes.toSigner(rs), Digests.sha256(token)).stream().findFirst()
                .orElseThrow(SignerLinks::unknown);
        Envelopes.Row envelope = envelopes.row(signer.envelopeId());
        if (envelope.status() != EnvelopeStatus.OPEN && envelope.status() != EnvelopeStatus.COMPLETED
                && !(envelope.status() == EnvelopeStatus.EXPIRED && signer.status() == SignerStatus.SIGNED)) {
            throw new SigningLinkException(envelope.status() == EnvelopeStatus.EXPIRED
                    ? SigningLinkException.Reason.EXPIRED : SigningLinkException.Reason.CLOSED, switch (envelope.status()) {
                case VOIDED -> "Deze ondertekening is ingetrokken door het programmateam: " + envelope.closedReason()
                        + " (This signing was voided.)";
                case SUPERSEDED -> "Er is een nieuwe versie van de verklaring; u ontvangt daarvoor een nieuwe link. "
                        + "(A new version replaced this document; a new link follows.)";
                case STOPPED -> "De ondertekening is gestopt. (The signing was stopped.)";
                default -> "De termijn om te ondertekenen is verlopen. Het programmateam neemt contact met u op. "
                        + "(The signing term has passed.)";
            });
        }
        if (signer.status() == SignerStatus.SENT && !Instant.now(clock).isBefore(signer.tokenExpiresAt())) {
            throw new SigningLinkException(SigningLinkException.Reason.EXPIRED, "Deze link is verlopen op "
                    + signer.tokenExpiresAt().atZone(NETHERLANDS).toLocalDate() + ". Het programmateam kan u een "
                    + "nieuwe link sturen. (This link has expired.)");
        }
        return new Resolved(envelope, signer);
    }

    private static SigningLinkException unknown() {
        return new SigningLinkException(SigningLinkException.Reason.UNKNOWN, "Deze link is ongeldig, of vervangen "
                + "door een nieuwere link. Gebruik de link uit de meest recente e-mail. (This link is not valid, or a "
                + "newer link replaced it: use the link in the most recent e-mail.)");
    }

    private SignerView view(Resolved link) {
        Envelopes.SignerRow signer = link.signer();
        List<SignerView.Party> parties = envelopes.signerRows(link.envelope().id()).stream()
                .map(s -> new SignerView.Party(s.name(), s.organisation(), s.status(), s.round())).toList();
        return new SignerView(link.envelope().id(), "Intentieverklaring lokale coalitie Eén tegen eenzaamheid: "
                + link.envelope().municipalityName(), link.envelope().municipalityName(), link.envelope().version(),
                link.envelope().documentSha256(), signer.name(), signer.title(), signer.organisation(),
                signer.status(), signer.tokenExpiresAt(), signer.codeHash() == null ? null : signer.codeExpiresAt(),
                consentText(link.envelope().municipalityName()),
                signer.status() == SignerStatus.SIGNED && link.envelope().sealedSha256() != null,
                envelopes.finalDocument(link.envelope()), parties);
    }
}
