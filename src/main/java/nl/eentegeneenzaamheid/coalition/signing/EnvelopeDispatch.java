package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.signing.internal.AgreementDrafts;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.internal.EnvelopeRepository;
import nl.eentegeneenzaamheid.coalition.signing.internal.Party;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningRecords;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningWorkflow;
import org.springframework.stereotype.Component;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * The steps {@link Envelopes}, {@link StaffDecisions} and {@link SignerLinks} share: a new envelope, links for
 * whoever's turn it is, completion after the last signature, and saving an envelope with its events handed to the
 * outbox.
 */
@Component
class EnvelopeDispatch {

    private final EnvelopeRepository repository;
    private final SigningRecords records;
    private final AgreementDrafts drafts;
    private final Journeys journeys;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final SecretHandover handover;
    private final SigningProperties properties;
    private final SigningWorkflow workflow;
    private final Clock clock;

    EnvelopeDispatch(EnvelopeRepository repository, SigningRecords records, AgreementDrafts drafts, Journeys journeys,
                     Outbox outbox, AuditTrail audit, SecretHandover handover, SigningProperties properties,
                     SigningWorkflow workflow, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.drafts = drafts;
        this.journeys = journeys;
        this.outbox = outbox;
        this.audit = audit;
        this.handover = handover;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** A new version of the agreement for these parties, its first round of links sent. Returns its id. */
    UUID create(Onboarding onboarding, List<Party> parties, SigningOrder order, Actor actor) {
        Instant now = Instant.now(clock);
        int version = repository.nextVersion(onboarding.id());
        UUID envelopeId = UUID.randomUUID();
        byte[] document = drafts.render(envelopeId, version, onboarding, parties);
        String sha256 = Digests.sha256(document);
        Instant expiresAt = now.plus(properties.linkValidity());
        Envelope envelope = Envelope.open(envelopeId, onboarding.id(), onboarding.municipality().code(),
                onboarding.municipality().name(), version, order, sha256, now, expiresAt, parties.stream()
                        .map(p -> new Envelope.Signer(null, p.role(), p.name(), p.title(), p.organisation(), p.email(),
                                0, SignerStatus.WAITING, null, null, null, null, null, null)).toList());
        repository.insert(envelope, document, parties);
        records.changeMethod(onboarding.id(), SigningMethod.DIGITAL);
        audit.append(envelopeId, "created", actor, sha256, TEXTS.text("audit.created", Map.of(
                "version", version, "signers", parties.size(), "order", order, "until", expiresAt)));
        journeys.record(onboarding.id(), "envelope-created", TEXTS.text("journey.envelope-created",
                Map.of("version", version, "signers", parties.size())), actor.id());
        dispatch(envelope);
        saveAndPublish(envelope);
        return envelopeId;
    }

    /** Sends links to the signers of the current round who have none. */
    void dispatch(Envelope envelope) {
        envelope.dueForLink().forEach(signer -> sendLink(envelope, signer, false));
    }

    /** A fresh link for the signer (a reminder when they already had one): the old one stops working. */
    void sendLink(Envelope envelope, Envelope.Signer signer, boolean reminder) {
        Instant now = Instant.now(clock);
        String token = Secrets.token();
        UUID handoverId = handover.deposit(Envelopes.LINK_PURPOSE, token, envelope.expiresAt());
        envelope.linkSent(signer.id(), handoverId, now, reminder);
        repository.issueLink(signer.id(), Digests.sha256(token), envelope.expiresAt(), now, reminder);
        audit.append(envelope.id(), reminder ? "reminded" : "sent", Actor.SYSTEM, envelope.documentSha256(),
                TEXTS.text(reminder ? "audit.link-reminded" : "audit.link-sent",
                        Map.of("signer", signer.describe(), "round", signer.round())));
    }

    /** After a signature: the envelope completes when everyone signed (the process seals it), else the next round. */
    void afterSignature(Envelope envelope) {
        if (!envelope.completeIfAllSigned(Instant.now(clock))) {
            dispatch(envelope);
            saveAndPublish(envelope);
            return;
        }
        int signers = envelope.signers().size();
        repository.save(envelope);
        String everyone = TEXTS.text("audit.signatures-complete", Map.of("signers", signers));
        audit.append(envelope.id(), "completed", Actor.SYSTEM, envelope.documentSha256(), everyone);
        journeys.record(envelope.onboardingId(), "signatures-complete", everyone, "system");
        publish(envelope);
        workflow.envelopeCompleted(envelope.onboardingId());
    }

    void saveAndPublish(Envelope envelope) {
        repository.save(envelope);
        publish(envelope);
    }

    /** Hands the envelope's events to the outbox, in the order it caused them. */
    void publish(Envelope envelope) {
        envelope.takeDomainEvents().forEach(outbox::append);
    }
}
