package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.signing.internal.AgreementDrafts;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.internal.EnvelopeRepository;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * Digital signing, the staff's and the process's side: an envelope per version of the agreement, its signers asked
 * round by round, reminders, expiry, voiding, and staff's decisions. Each step loads the {@link Envelope}, calls one of
 * its methods, saves it, writes the step in the envelope's audit trail and hands its events to the outbox, in one
 * transaction; the process hears of it last. The signers' side is {@link SignerLinks}.
 */
@Service
public class Envelopes {

    /** The hand-over purpose of a signing link's token. */
    public static final String LINK_PURPOSE = HandoverPurposes.SIGNING_LINK;

    private final EnvelopeRepository repository;
    private final EnvelopeDispatch dispatch;
    private final StaffDecisions decisions;
    private final AgreementDrafts drafts;
    private final Journeys journeys;
    private final AuditTrail audit;
    private final SigningProperties properties;
    private final SigningWorkflow workflow;
    private final Clock clock;

    Envelopes(EnvelopeRepository repository, EnvelopeDispatch dispatch, StaffDecisions decisions,
              AgreementDrafts drafts, Journeys journeys, AuditTrail audit, SigningProperties properties,
              SigningWorkflow workflow, Clock clock) {
        this.repository = repository;
        this.dispatch = dispatch;
        this.decisions = decisions;
        this.drafts = drafts;
        this.journeys = journeys;
        this.audit = audit;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The first envelope of a coalition's signing: the alderman and every accepted partner's signer. */
    @Transactional
    public Envelope open(UUID onboardingId) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.SIGNING);
        Optional<Envelope> current = current(onboardingId);
        if (current.isPresent() && current.get().status() == EnvelopeStatus.OPEN) {
            return current.get();
        }
        return get(dispatch.create(onboarding, drafts.everyone(onboarding), properties.defaultOrder(), Actor.SYSTEM));
    }

    /** Reminds everyone with a link who has not answered; each gets a fresh link (the old one stops working). */
    @Transactional
    public int remind(UUID onboardingId) {
        Envelope envelope = repository.loadForUpdate(currentId(onboardingId));
        if (envelope.status() != EnvelopeStatus.OPEN) {
            return 0;
        }
        List<Envelope.Signer> pending = envelope.awaitingAnswer();
        pending.forEach(signer -> dispatch.sendLink(envelope, signer, true));
        if (!pending.isEmpty()) {
            envelope.reminded(pending.size(), Instant.now(clock));
        }
        dispatch.saveAndPublish(envelope);
        return pending.size();
    }

    /** The envelope's term passed: its links die, staff decide. */
    @Transactional
    public void expire(UUID onboardingId) {
        Envelope envelope = repository.loadForUpdate(currentId(onboardingId));
        if (!envelope.expire(Instant.now(clock))) {
            return;
        }
        repository.save(envelope);
        long signed = envelope.signed();
        int signers = envelope.signers().size();
        audit.append(envelope.id(), "expired", Actor.SYSTEM, envelope.documentSha256(), TEXTS.text("audit.expired",
                Map.of("signed", signed, "signers", signers)));
        journeys.record(onboardingId, "signing-expired", TEXTS.text("journey.signing-expired",
                Map.of("signed", signed, "signers", signers)), "system");
        dispatch.publish(envelope);
    }

    /**
     * Staff void the open (or expired) envelope with a reason: every link dies at once; staff then decide how to go
     * on.
     */
    @Transactional
    public Envelope voidEnvelope(UUID envelopeId, String reason, Actor actor) {
        String why = Texts.required(reason, "Give the reason for voiding the envelope; the signers are told");
        Envelope envelope = repository.loadForUpdate(envelopeId);
        envelope.voidFor(why, actor.id(), Instant.now(clock));
        repository.save(envelope);
        audit.append(envelopeId, "voided", actor, envelope.documentSha256(), why);
        journeys.record(envelope.onboardingId(), "signing-voided", TEXTS.text("journey.signing-voided",
                Map.of("reason", why)), actor.id());
        dispatch.publish(envelope);
        workflow.envelopeVoided(envelope.onboardingId());
        return get(envelopeId);
    }

    /** Staff change the signing order of an envelope nobody has signed yet; links are re-sent where the turn moved. */
    @Transactional
    public Envelope changeOrder(UUID envelopeId, SigningOrder order, Actor actor) {
        Envelope envelope = repository.loadForUpdate(envelopeId);
        SigningOrder before = envelope.order();
        envelope.changeOrder(order);
        repository.save(envelope);
        audit.append(envelopeId, "order-changed", actor, envelope.documentSha256(), "Volgorde " + before + " -> "
                + order);
        dispatch.dispatch(envelope);
        dispatch.saveAndPublish(envelope);
        return get(envelopeId);
    }

    /**
     * Applies staff's decision after a decline, an expiry or a void ({@link StaffDecisionPolicy}).
     *
     * @throws IllegalArgumentException when the decision does not fit (extend a voided envelope, continue without
     *                                  the alderman, stop without a reason)
     */
    @Transactional
    public Envelope decide(UUID onboardingId, SigningDecision decision, String note, String staffMember) {
        Envelope envelope = repository.loadForUpdate(currentId(onboardingId));
        return get(decisions.apply(envelope, decision, note, staffMember));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    @Transactional(readOnly = true)
    public Envelope get(UUID envelopeId) {
        return withSealing(repository.load(envelopeId));
    }

    /** Where the envelope's sealed document stands: a seal job that failed for good shows as delayed. */
    Envelope withSealing(Envelope envelope) {
        if (envelope.finalDocument() == FinalDocument.BEING_SEALED && workflow.sealingFailed(envelope.onboardingId())) {
            envelope.sealingFailed();
        }
        return envelope;
    }

    /**
     * What happened to the onboarding's envelope, for staff who must decide: the cause and where every signer stands.
     */
    @Transactional(readOnly = true)
    public String situation(UUID onboardingId) {
        Envelope envelope = get(currentId(onboardingId));
        String signers = envelope.signers().stream()
                .map(s -> TEXTS.text("situation.signer", Map.of("organisation", s.organisation(), "name", s.name(),
                        "status", switch (s.status()) {
                            case SIGNED -> TEXTS.text("situation.signer-signed");
                            case DECLINED -> TEXTS.text("situation.signer-declined",
                                    Map.of("reason", String.valueOf(s.declineReason())));
                            case SENT -> TEXTS.text("situation.signer-sent");
                            case WAITING -> TEXTS.text("situation.signer-waiting");
                        }))).collect(Collectors.joining("\n"));
        String what = switch (envelope.status()) {
            case EXPIRED -> TEXTS.text("situation.expired",
                    Map.of("signed", envelope.signed(), "signers", envelope.signers().size()));
            case VOIDED -> TEXTS.text("situation.voided", Map.of("reason", String.valueOf(envelope.closedReason())));
            default -> TEXTS.text(envelope.signers().stream().anyMatch(s -> s.status() == SignerStatus.DECLINED)
                    ? "situation.declined" : "situation.decision-needed");
        };
        return TEXTS.text("situation.text", Map.of("what", what, "envelope", envelope.id(), "version",
                envelope.version(), "signers", signers));
    }

    /** The onboarding's latest envelope. */
    @Transactional(readOnly = true)
    public Optional<Envelope> current(UUID onboardingId) {
        return repository.currentId(onboardingId).map(this::get);
    }

    UUID currentId(UUID onboardingId) {
        return repository.currentId(onboardingId).orElseThrow(() -> new EnvelopeNotFoundException("The onboarding "
                + onboardingId + " has no envelope"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Downloads: each is written in the trail

    /** Downloads the agreement as signed (the document in the envelope), written in the trail as downloaded. */
    @Transactional
    public Document downloadDocument(UUID envelopeId, Actor actor) {
        Envelope envelope = repository.load(envelopeId);
        byte[] content = repository.document(envelopeId);
        audit.append(envelopeId, "downloaded", actor, envelope.documentSha256(),
                TEXTS.text("audit.downloaded-agreement", Map.of("version", envelope.version())));
        return new Document(filename(envelope, false), content, envelope.documentSha256());
    }

    /**
     * Downloads the sealed final document (the agreement, its signature page and certificate of completion), written
     * in the trail as downloaded.
     *
     * @throws DocumentBeingSealedException when everyone signed and it is being sealed
     * @throws EnvelopeStateException when it is not sealed yet
     */
    @Transactional
    public Document downloadCertificate(UUID envelopeId, Actor actor) {
        Envelope envelope = get(envelopeId);
        FinalDocument finalDocument = envelope.finalDocument();
        if (finalDocument == FinalDocument.BEING_SEALED || finalDocument == FinalDocument.SEALING_DELAYED) {
            throw new DocumentBeingSealedException(finalDocument == FinalDocument.SEALING_DELAYED);
        }
        if (envelope.sealedDocumentSha256() == null) {
            throw new EnvelopeStateException("The envelope is " + envelope.status() + " and not sealed: the signed "
                    + "document with its certificate exists once everyone has signed");
        }
        byte[] content = repository.sealedDocument(envelopeId);
        audit.append(envelopeId, "downloaded", actor, envelope.documentSha256(), TEXTS.text("audit.downloaded-sealed",
                Map.of("sha256", envelope.sealedDocumentSha256())));
        return new Document(filename(envelope, true), content, envelope.sealedDocumentSha256());
    }

    /** A PDF to hand out. */
    public record Document(String filename, byte[] content, String sha256) {
    }

    static String filename(Envelope envelope, boolean sealed) {
        String name = envelope.municipalityName().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "intentieverklaring-" + name + "-v" + envelope.version() + (sealed ? "-ondertekend" : "") + ".pdf";
    }
}
