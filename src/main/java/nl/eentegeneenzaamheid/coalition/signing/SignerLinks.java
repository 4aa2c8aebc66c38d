package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.internal.EnvelopeRepository;
import nl.eentegeneenzaamheid.coalition.signing.internal.OneTimeCodes;
import nl.eentegeneenzaamheid.coalition.signing.internal.SignerCode;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

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
    public static final String CODE_PURPOSE = HandoverPurposes.SIGNING_CODE;

    private final EnvelopeRepository repository;
    private final Envelopes envelopes;
    private final EnvelopeDispatch dispatch;
    private final OneTimeCodes codes;
    private final Journeys journeys;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final SecretHandover handover;
    private final SigningWorkflow workflow;
    private final Clock clock;

    SignerLinks(EnvelopeRepository repository, Envelopes envelopes, EnvelopeDispatch dispatch, OneTimeCodes codes,
                Journeys journeys, AuditTrail audit, Outbox outbox, SecretHandover handover, SigningWorkflow workflow,
                Clock clock) {
        this.repository = repository;
        this.envelopes = envelopes;
        this.dispatch = dispatch;
        this.codes = codes;
        this.journeys = journeys;
        this.audit = audit;
        this.outbox = outbox;
        this.handover = handover;
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
        return TEXTS.text("sign.consent", Map.of("municipality", municipality));
    }

    /** The link is opened: written in the trail. */
    @Transactional
    public SignerView open(String token, Actor actor) {
        Resolved link = resolve(token);
        audit.append(link.envelope().id(), "opened", actor.as(link.signer().describe(), "link"),
                link.envelope().documentSha256(), null);
        return view(link);
    }

    /**
     * Where the link's signer stands, also after they signed or declined (the page's confirmation). Read without
     * locking the envelope: a page polling while the agreement is sealed does not wait for the seal.
     */
    @Transactional(readOnly = true)
    public SignerView status(String token) {
        return view(resolveAnswered(token, false));
    }

    /** Downloads the agreement to read before signing, written in the trail as downloaded. */
    @Transactional
    public Envelopes.Document downloadDocument(String token, Actor actor) {
        Resolved link = resolve(token);
        return envelopes.downloadDocument(link.envelope().id(), actor.as(link.signer().describe(), "link"));
    }

    /**
     * Downloads the sealed final document, for a signer who signed, once everyone has signed and it is sealed; written
     * in the trail as downloaded.
     *
     * @throws EnvelopeStateException when the signer did not sign or the document is not sealed yet
     */
    @Transactional
    public Envelopes.Document downloadSealedDocument(String token, Actor actor) {
        Resolved link = resolveAnswered(token);
        FinalDocument finalDocument = envelopes.withSealing(link.envelope()).finalDocument();
        if (link.signer().status() == SignerStatus.SIGNED && (finalDocument == FinalDocument.BEING_SEALED
                || finalDocument == FinalDocument.SEALING_DELAYED)) {
            throw new DocumentBeingSealedException(finalDocument == FinalDocument.SEALING_DELAYED);
        }
        if (link.signer().status() != SignerStatus.SIGNED || link.envelope().sealedDocumentSha256() == null) {
            throw new EnvelopeStateException(TEXTS.text("link.document-not-yet"));
        }
        return envelopes.downloadCertificate(link.envelope().id(), actor.as(link.signer().describe(), "link"));
    }

    /**
     * E-mails a new six-digit code, valid for the configured time; the previous one stops working.
     *
     * @throws CodeRejectedException (TOO_MANY_REQUESTS) when a code was sent too recently or too many were sent
     */
    @Transactional
    public Instant sendCode(String token, Actor actor) {
        Resolved link = resolve(token);
        Envelope envelope = link.envelope();
        Envelope.Signer signer = link.signer();
        OneTimeCodes.Issued issued = codes.issue(link.code());
        outbox.append(new SigningCodeRequested(envelope.onboardingId(), envelope.municipalityCode(), envelope.id(),
                signer.id(), signer.name(), signer.email(), handover.deposit(CODE_PURPOSE, issued.code(),
                issued.expiresAt()), issued.expiresAt(), issued.issuedAt()));
        audit.append(envelope.id(), "code-sent", actor.as(signer.describe(), "link"), envelope.documentSha256(),
                TEXTS.text("audit.code-sent", Map.of("until", issued.expiresAt())));
        return issued.expiresAt();
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
            throw new IllegalArgumentException(TEXTS.text("sign.name-missing"));
        }
        if (fullName.strip().length() > 200) {
            throw new IllegalArgumentException(TEXTS.text("sign.name-too-long"));
        }
        if (!consent) {
            throw new IllegalArgumentException(TEXTS.text("sign.consent-missing"));
        }
        Envelope envelope = link.envelope();
        Envelope.Signer signer = link.signer();
        codes.check(link.code(), code, actor.as(signer.describe(), "link"), envelope.documentSha256());
        envelope.sign(signer.id(), fullName.strip(), VERIFICATION, Instant.now(clock));
        repository.save(envelope);
        repository.recordSignatureEvidence(signer.id(), actor.ipAddress(), actor.userAgent());
        Actor verified = actor.as(signer.describe(), "link+code");
        audit.append(envelope.id(), "code-verified", verified, envelope.documentSha256(), null);
        audit.append(envelope.id(), "signed", verified, envelope.documentSha256(), TEXTS.text("audit.signed", Map.of(
                "name", fullName.strip(), "consent", consentText(envelope.municipalityName()))));
        journeys.record(envelope.onboardingId(), "signature-recorded", TEXTS.text("journey.signature-recorded",
                Map.of("organisation", signer.organisation(), "signed", envelope.signed(), "signers",
                        envelope.signers().size())), "signer:" + signer.id());
        dispatch.publish(envelope);
        dispatch.afterSignature(envelope);
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
            throw new IllegalArgumentException(TEXTS.text("decline.reason-missing"));
        }
        if (reason.strip().length() > 4000) {
            throw new IllegalArgumentException(TEXTS.text("decline.reason-too-long"));
        }
        String why = reason.strip();
        Envelope envelope = link.envelope();
        Envelope.Signer signer = link.signer();
        envelope.decline(signer.id(), why, Instant.now(clock));
        repository.save(envelope);
        audit.append(envelope.id(), "declined", actor.as(signer.describe(), "link"), envelope.documentSha256(), why);
        journeys.record(envelope.onboardingId(), "signature-declined", TEXTS.text("journey.signature-declined",
                Map.of("organisation", signer.organisation(), "reason", why)), "signer:" + signer.id());
        dispatch.publish(envelope);
        workflow.signatureDeclined(envelope.onboardingId());
        return view(resolveAnswered(token));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Resolved(Envelope envelope, Envelope.Signer signer, SignerCode code) {
    }

    /** A link that can still be used to sign or decline. */
    private Resolved resolve(String token) {
        Resolved link = resolveAnswered(token);
        LinkPolicy.requireUnanswered(link.signer());
        return link;
    }

    /** The link's signer, also when they have already answered (to show where they stand). */
    private Resolved resolveAnswered(String token) {
        return resolveAnswered(token, true);
    }

    private Resolved resolveAnswered(String token, boolean toChange) {
        if (token == null || token.length() < 22 || token.length() > 100) {
            throw LinkPolicy.unknown();
        }
        // to change: the envelope's row, then the signer's, locked as every change to an envelope locks them: two
        // tabs submitting at once are handled one after the other, and a signature sees every signature before it
        String tokenHash = Digests.sha256(token);
        UUID envelopeId = repository.envelopeOfToken(tokenHash).orElseThrow(LinkPolicy::unknown);
        Envelope envelope = toChange ? repository.loadForUpdate(envelopeId) : repository.load(envelopeId);
        SignerCode code = (toChange ? repository.lockSignerByToken(tokenHash) : repository.findSignerByToken(tokenHash))
                .filter(c -> c.envelopeId().equals(envelope.id())).orElseThrow(LinkPolicy::unknown);
        Envelope.Signer signer = envelope.signer(code.signerId());
        LinkPolicy.requireViewable(envelope, signer, Instant.now(clock));
        return new Resolved(envelope, signer, code);
    }

    private SignerView view(Resolved link) {
        Envelope envelope = envelopes.withSealing(link.envelope());
        Envelope.Signer signer = link.signer();
        List<SignerView.Party> parties = envelope.signers().stream()
                .map(s -> new SignerView.Party(s.name(), s.organisation(), s.status(), s.round())).toList();
        return new SignerView(envelope.id(), AgreementPdf.title(envelope.municipalityName()),
                envelope.municipalityName(), envelope.version(),
                envelope.documentSha256(), signer.name(), signer.title(), signer.organisation(), signer.status(),
                signer.linkExpiresAt(), link.code().hash() == null ? null : link.code().expiresAt(),
                consentText(envelope.municipalityName()),
                signer.status() == SignerStatus.SIGNED && envelope.sealedDocumentSha256() != null,
                envelope.finalDocument(), parties);
    }
}
