package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.eentegeneenzaamheid.coalition.events.DomainEvent;

/**
 * An envelope: one version of the agreement, its signers and where each stands. The aggregate of digital signing: it
 * changes only through its own methods, each guarded by where the envelope ({@link EnvelopeStatus}) and the signer
 * ({@link SignerStatus}) stand, and it registers the domain events it causes; {@code Envelopes} and
 * {@code SignerLinks} load it, call one method, save it and hand its events to the outbox. Staff and auditors see it
 * as JSON with the properties below (the API's shape, unchanged since it was a record).
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "onboardingId", "municipalityCode", "municipalityName", "version", "status", "order",
        "documentSha256", "createdAt", "expiresAt", "closedAt", "closedReason", "sealedDocumentSha256", "sealedAt",
        "finalDocument", "signers"})
public final class Envelope {

    /** One signer. */
    public record Signer(UUID id, SignerRole role, String name, String title, String organisation, String email,
                         int round, SignerStatus status, Instant sentAt, Instant linkExpiresAt, Instant signedAt,
                         String signedName, Instant declinedAt, String declineReason) {

        /** As the audit trail names a signer. */
        public String describe() {
            return "signer:" + id + " " + name + " (" + organisation + ")";
        }
    }

    private final UUID id;
    private final UUID onboardingId;
    private final String municipalityCode;
    private final String municipalityName;
    private final int version;
    private final String documentSha256;
    private final Instant createdAt;
    private final EnvelopeSigners signers;
    private EnvelopeStatus status;
    private SigningOrder order;
    private Instant expiresAt;
    private Instant closedAt;
    private String closedReason;
    private String sealedDocumentSha256;
    private Instant sealedAt;
    private boolean sealingFailed;
    private boolean changed;
    private final List<DomainEvent> events = new ArrayList<>();

    /** An envelope as it was stored (for its repository); {@link #open} makes a new one. */
    public Envelope(UUID id, UUID onboardingId, String municipalityCode, String municipalityName, int version,
                    EnvelopeStatus status, SigningOrder order, String documentSha256, Instant createdAt,
                    Instant expiresAt, Instant closedAt, String closedReason, String sealedDocumentSha256,
                    Instant sealedAt, List<Signer> signers) {
        this.id = id;
        this.onboardingId = onboardingId;
        this.municipalityCode = municipalityCode;
        this.municipalityName = municipalityName;
        this.version = version;
        this.status = status;
        this.order = order;
        this.documentSha256 = documentSha256;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.closedAt = closedAt;
        this.closedReason = closedReason;
        this.sealedDocumentSha256 = sealedDocumentSha256;
        this.sealedAt = sealedAt;
        this.signers = new EnvelopeSigners(signers);
    }

    /** A new, open envelope whose signers all wait for their round. */
    static Envelope open(UUID id, UUID onboardingId, String municipalityCode, String municipalityName, int version,
                         SigningOrder order, String documentSha256, Instant now, Instant expiresAt,
                         List<Signer> parties) {
        return new Envelope(id, onboardingId, municipalityCode, municipalityName, version, EnvelopeStatus.OPEN, order,
                documentSha256, now, expiresAt, null, null, null, null, EnvelopeSigners.waiting(order, parties));
    }

    /** The signers of the current round (the lowest with someone who has not signed) who have no link yet. */
    List<Signer> dueForLink() {
        return signers.dueForLink();
    }

    /** Everyone with a link who has not answered. */
    List<Signer> awaitingAnswer() {
        return signers.inStatus(SignerStatus.SENT);
    }

    /** A (new) link went to the signer: its earlier link, if any, is dead. */
    Signer linkSent(UUID signerId, UUID linkHandoverId, Instant now, boolean reminder) {
        status.require(EnvelopeStatus.OPEN, "links can be sent");
        Signer sent = signers.linkSent(signerId, now, expiresAt);
        events.add(new SigningRequestSent(onboardingId, municipalityCode, id, version, sent.id(), sent.role(),
                sent.organisation(), sent.round(), expiresAt, now, sent.name(), sent.email(), reminder,
                linkHandoverId, documentSha256));
        return sent;
    }

    /** The signers who had not answered were reminded (each already has a fresh link). */
    void reminded(int signersReminded, Instant now) {
        events.add(new SigningReminded(onboardingId, municipalityCode, id, signersReminded, expiresAt, now));
    }

    /** The signer signed with their typed name; the envelope completes when this was the last signature. */
    Signer sign(UUID signerId, String signedName, String verification, Instant now) {
        status.require(EnvelopeStatus.OPEN, "a signer can sign");
        Signer signed = signers.signed(signerId, signedName, now);
        events.add(new SignatureRecorded(onboardingId, municipalityCode, id, signed.id(), signed.role(),
                signed.organisation(), documentSha256, verification, (int) signed(), signers.size(), now));
        return signed;
    }

    /** The signer declined with a reason: the envelope stays open while staff decide. */
    Signer decline(UUID signerId, String reason, Instant now) {
        status.require(EnvelopeStatus.OPEN, "a signer can decline");
        Signer declined = signers.declined(signerId, reason, now);
        events.add(new SignatureDeclined(onboardingId, municipalityCode, id, declined.id(), declined.role(),
                declined.organisation(), reason, now));
        return declined;
    }

    /** Completes the envelope when it is open and everyone signed; says whether it did. */
    boolean completeIfAllSigned(Instant now) {
        if (status != EnvelopeStatus.OPEN || !signers.allSigned()) {
            return false;
        }
        close(EnvelopeStatus.COMPLETED, now, null);
        return true;
    }

    /** The term passed: an open envelope expires (its links die); any other is left as it is. */
    boolean expire(Instant now) {
        if (status != EnvelopeStatus.OPEN) {
            return false;
        }
        close(EnvelopeStatus.EXPIRED, now, null);
        events.add(new SigningExpired(onboardingId, municipalityCode, id, (int) signed(), signers.size(), now));
        return true;
    }

    /** Staff void an open or expired envelope: every link dies at once. */
    void voidFor(String reason, String voidedBy, Instant now) {
        if (!status.canBeVoided()) {
            throw new EnvelopeStateException("The envelope is " + status + ": only an open or expired envelope can "
                    + "be voided");
        }
        close(EnvelopeStatus.VOIDED, now, reason);
        events.add(new SigningVoided(onboardingId, municipalityCode, id, reason, voidedBy, now));
    }

    /** Staff change the order while nobody has signed; whoever is no longer in the first round loses their link. */
    void changeOrder(SigningOrder newOrder) {
        if (status != EnvelopeStatus.OPEN) {
            throw new EnvelopeStateException("The envelope is " + status + ": only an open envelope's order can "
                    + "change");
        }
        if (signed() > 0) {
            throw new EnvelopeStateException("Someone has already signed: the order can no longer change");
        }
        order = newOrder;
        changed = true;
        signers.reorder(newOrder);
    }

    /** Staff's decision, checked against the policy before anything changes. */
    void requireAllowed(SigningDecision decision) {
        StaffDecisionPolicy.require(decision, status, someoneDeclined());
    }

    /** {@link SigningDecision#EXTEND}: open again until the new term; everyone who has not signed is asked again. */
    void extend(Instant newExpiry) {
        requireAllowed(SigningDecision.EXTEND);
        status = StaffDecisionPolicy.outcome(SigningDecision.EXTEND, status);
        expiresAt = newExpiry;
        closedAt = null;
        changed = true;
        signers.askAgainWhoHasNotSigned();
    }

    /** {@link SigningDecision#CONTINUE_WITHOUT}: who is left out of the next version. */
    List<Signer> leftOutOfNextVersion() {
        requireAllowed(SigningDecision.CONTINUE_WITHOUT);
        return StaffDecisionPolicy.leftOutOfNextVersion(status, signers.all());
    }

    /** A new version, or the paper path, replaces this envelope (a voided one stays voided). */
    void supersede(SigningDecision decision, String reason, Instant now) {
        decide(decision, reason, now);
    }

    /** {@link SigningDecision#STOP}: the signing ends here (the journey is stopped by {@code Journeys.stop}). */
    void stop(String reason, Instant now) {
        decide(SigningDecision.STOP, reason, now);
    }

    /** The completed envelope's final document was sealed. */
    void sealed(String sha256, Instant now) {
        status.require(EnvelopeStatus.COMPLETED, "an envelope can be sealed");
        sealedDocumentSha256 = sha256;
        sealedAt = now;
        changed = true;
    }

    /** The process reports that the seal job failed for good: the final document shows as delayed. */
    void sealingFailed() {
        sealingFailed = true;
    }

    /** Takes the events caused so far: the caller hands them to the outbox once. */
    List<DomainEvent> takeDomainEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Whether the envelope's own row changed since it was loaded (for its repository). */
    public boolean changed() {
        return changed;
    }

    public List<Signer> changedSigners() {
        return signers.changed();
    }

    public Signer signer(UUID signerId) {
        return signers.find(signerId);
    }

    public long signed() {
        return signers.inStatus(SignerStatus.SIGNED).size();
    }

    boolean someoneDeclined() {
        return !signers.inStatus(SignerStatus.DECLINED).isEmpty();
    }

    private void decide(SigningDecision decision, String reason, Instant now) {
        requireAllowed(decision);
        EnvelopeStatus next = StaffDecisionPolicy.outcome(decision, status);
        if (next != status) {
            close(next, now, reason);
        }
    }

    private void close(EnvelopeStatus closed, Instant now, String reason) {
        status = closed;
        closedAt = now;
        if (reason != null) {
            closedReason = reason;
        }
        changed = true;
    }

    @JsonProperty public UUID id() { return id; }
    @JsonProperty public UUID onboardingId() { return onboardingId; }
    @JsonProperty public String municipalityCode() { return municipalityCode; }
    @JsonProperty public String municipalityName() { return municipalityName; }
    @JsonProperty public int version() { return version; }
    @JsonProperty public EnvelopeStatus status() { return status; }
    @JsonProperty public SigningOrder order() { return order; }
    @JsonProperty public String documentSha256() { return documentSha256; }
    @JsonProperty public Instant createdAt() { return createdAt; }
    @JsonProperty public Instant expiresAt() { return expiresAt; }
    /** When it was completed, expired, voided, replaced or stopped; why, when it was voided, replaced or stopped. */
    @JsonProperty public Instant closedAt() { return closedAt; }
    @JsonProperty public String closedReason() { return closedReason; }
    @JsonProperty public String sealedDocumentSha256() { return sealedDocumentSha256; }
    @JsonProperty public Instant sealedAt() { return sealedAt; }
    @JsonProperty public List<Signer> signers() { return signers.all(); }

    /** Where the sealed final document stands (being sealed between the last signature and the seal). */
    @JsonProperty
    public FinalDocument finalDocument() {
        FinalDocument stands = FinalDocument.of(status, sealedDocumentSha256);
        return stands == FinalDocument.BEING_SEALED && sealingFailed ? FinalDocument.SEALING_DELAYED : stands;
    }
}
