package nl.eentegeneenzaamheid.coalition.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.OnboardingStopped;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.signing.document.Agreement;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital signing, the staff's and the process's side: an envelope per version of the agreement, its signers asked
 * round by round, reminders, expiry, voiding, and staff's decisions. Every step is written in the envelope's audit
 * trail, in the same transaction as the change it records. The signers' side is {@link SignerLinks}.
 */
@Service
public class Envelopes {

    /** The hand-over purpose of a signing link's token. */
    public static final String LINK_PURPOSE = nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes.SIGNING_LINK;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Journeys journeys;
    private final IntakeService intake;
    private final Invitations invitations;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AgreementPdf pdf;
    private final SecretHandover handover;
    private final SigningProperties properties;
    private final SigningWorkflow workflow;
    private final Clock clock;

    Envelopes(JdbcTemplate jdbc, Journeys journeys, IntakeService intake, Invitations invitations, Outbox outbox,
              AuditTrail audit, AgreementPdf pdf, SecretHandover handover, SigningProperties properties,
              SigningWorkflow workflow, Clock clock) {
        this.jdbc = jdbc;
        this.journeys = journeys;
        this.intake = intake;
        this.invitations = invitations;
        this.outbox = outbox;
        this.audit = audit;
        this.pdf = pdf;
        this.handover = handover;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Opening envelopes

    /** The first envelope of a coalition's signing: the alderman and every accepted partner's signer. */
    @Transactional
    public Envelope open(UUID onboardingId) {
        journeys.requireStage(onboardingId, Stage.SIGNING);
        Optional<Envelope> current = current(onboardingId);
        if (current.isPresent() && current.get().status() == EnvelopeStatus.OPEN) {
            return current.get();
        }
        return create(onboardingId, everyone(onboardingId), properties.defaultOrder(), Actor.SYSTEM);
    }

    private List<Party> everyone(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        RegisterIntent.Person alderman = intake.aldermanOf(onboardingId);
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(SignerRole.ALDERMAN, alderman.name(), "wethouder",
                "Gemeente " + onboarding.municipality().name(), alderman.email(), null, null));
        invitations.signers(onboardingId).forEach(signer -> parties.add(new Party(SignerRole.PARTNER, signer.name(),
                signer.role(), signer.organisationName(), signer.email(), signer.partnerId(),
                signer.partnerType().name())));
        return parties;
    }

    private record Party(SignerRole role, String name, String title, String organisation, String email,
                         UUID partnerId, String partnerType) {
    }

    private Envelope create(UUID onboardingId, List<Party> parties, SigningOrder order, Actor actor) {
        Onboarding onboarding = journeys.get(onboardingId);
        Instant now = Instant.now(clock);
        int version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from envelope where onboarding_id = ?",
                Integer.class, onboardingId);
        UUID envelopeId = UUID.randomUUID();
        Party alderman = parties.stream().filter(p -> p.role() == SignerRole.ALDERMAN).findFirst().orElseThrow();
        List<Agreement.Party> partners = parties.stream().filter(p -> p.role() == SignerRole.PARTNER)
                .map(p -> new Agreement.Party(p.organisation(), PartnerType.valueOf(p.partnerType()).label(), p.name(),
                        p.title())).toList();
        byte[] document = pdf.agreement(new Agreement(envelopeId, version, onboarding.municipality().name(),
                onboarding.municipality().province(), alderman.name(), partners, LocalDate.now(clock.withZone(
                        NETHERLANDS))));
        String sha256 = Digests.sha256(document);
        Instant expiresAt = now.plus(properties.linkValidity());
        jdbc.update("""
                insert into envelope (id, onboarding_id, version, status, routing, document, document_sha256,
                    created_at, expires_at) values (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)""", envelopeId, onboardingId,
                version, order.name(), document, sha256, Timestamp.from(now), Timestamp.from(expiresAt));
        int position = 0;
        for (Party party : parties) {
            jdbc.update("""
                    insert into envelope_signer (id, envelope_id, position, routing_order, role, name, title,
                        organisation, email, partner_id, partner_type, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING')""",
                    UUID.randomUUID(), envelopeId, position++, order.roundOf(party.role()), party.role().name(),
                    party.name(), party.title(), party.organisation(), party.email(), party.partnerId(),
                    party.partnerType());
        }
        jdbc.update("update signing set method = 'DIGITAL' where onboarding_id = ?", onboardingId);
        audit.append(envelopeId, "created", actor, sha256, "Versie " + version + " van het akkoord voor "
                + parties.size() + " ondertekenaars, volgorde " + order + ", geldig tot " + expiresAt);
        journeys.record(onboardingId, "envelope-created", "Akkoord versie " + version + " klaargezet voor digitale "
                + "ondertekening door " + parties.size() + " ondertekenaars", actor.id());
        dispatch(envelopeId);
        return get(envelopeId);
    }

    /**
     * Sends links to the signers of the current round who have none: the lowest round with someone who has not
     * signed. Returns how many were sent.
     */
    @Transactional
    int dispatch(UUID envelopeId) {
        Row envelope = row(envelopeId);
        List<SignerRow> signers = signerRows(envelopeId);
        Integer round = signers.stream().filter(s -> s.status() != SignerStatus.SIGNED).map(SignerRow::round)
                .min(Integer::compare).orElse(null);
        if (round == null) {
            return 0;
        }
        int sent = 0;
        for (SignerRow signer : signers) {
            if (signer.round() == round && signer.status() == SignerStatus.WAITING) {
                sendLink(envelope, signer, round, false);
                sent++;
            }
        }
        return sent;
    }

    private void sendLink(Row envelope, SignerRow signer, int round, boolean reminder) {
        Instant now = Instant.now(clock);
        String token = Secrets.token();
        jdbc.update("""
                update envelope_signer set status = 'SENT', token_hash = ?, token_expires_at = ?, sent_at = ?,
                    code_hash = null, code_expires_at = null, code_attempts = 0, code_sent_at = null, code_sends = 0,
                    reminded_at = case when ? then ? else reminded_at end where id = ?""",
                Digests.sha256(token), Timestamp.from(envelope.expiresAt()), Timestamp.from(now), reminder,
                Timestamp.from(now), signer.id());
        audit.append(envelope.id(), reminder ? "reminded" : "sent", Actor.SYSTEM, envelope.documentSha256(),
                (reminder ? "Herinnering met nieuwe link aan " : "Link verstuurd aan ") + describe(signer)
                        + " (ronde " + round + ")");
        outbox.append(new SigningRequestSent(envelope.onboardingId(), envelope.municipalityCode(), envelope.id(),
                envelope.version(), signer.id(), signer.role(), signer.organisation(), round, envelope.expiresAt(),
                now, signer.name(), signer.email(), reminder,
                handover.deposit(LINK_PURPOSE, token, envelope.expiresAt()), envelope.documentSha256()));
    }

    static String describe(SignerRow signer) {
        return "signer:" + signer.id() + " " + signer.name() + " (" + signer.organisation() + ")";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The process's steps

    /** Reminds everyone with a link who has not answered; each gets a fresh link (the old one stops working). */
    @Transactional
    public int remind(UUID onboardingId) {
        Row envelope = row(currentId(onboardingId));
        if (envelope.status() != EnvelopeStatus.OPEN) {
            return 0;
        }
        List<SignerRow> pending = signerRows(envelope.id()).stream()
                .filter(s -> s.status() == SignerStatus.SENT).toList();
        pending.forEach(signer -> sendLink(envelope, signer, signer.round(), true));
        if (!pending.isEmpty()) {
            outbox.append(new SigningReminded(envelope.onboardingId(), envelope.municipalityCode(), envelope.id(),
                    pending.size(), envelope.expiresAt(), Instant.now(clock)));
        }
        return pending.size();
    }

    /** The envelope's term passed: its links die, staff decide. */
    @Transactional
    public void expire(UUID onboardingId) {
        Row envelope = row(currentId(onboardingId));
        if (envelope.status() != EnvelopeStatus.OPEN) {
            return;
        }
        Instant now = Instant.now(clock);
        jdbc.update("update envelope set status = 'EXPIRED', closed_at = ? where id = ?", Timestamp.from(now),
                envelope.id());
        List<SignerRow> signers = signerRows(envelope.id());
        int signed = (int) signers.stream().filter(s -> s.status() == SignerStatus.SIGNED).count();
        audit.append(envelope.id(), "expired", Actor.SYSTEM, envelope.documentSha256(), signed + " van "
                + signers.size() + " ondertekenaars hebben getekend");
        journeys.record(onboardingId, "signing-expired", "Termijn van de ondertekening verlopen: " + signed + " van "
                + signers.size() + " getekend", "system");
        outbox.append(new SigningExpired(onboardingId, envelope.municipalityCode(), envelope.id(), signed,
                signers.size(), now));
    }

    /**
     * Staff void the open (or expired) envelope with a reason: every link dies at once; staff then decide how to go
     * on.
     */
    @Transactional
    public Envelope voidEnvelope(UUID envelopeId, String reason, Actor actor) {
        String why = Texts.required(reason, "Give the reason for voiding the envelope; the signers are told");
        Row envelope = row(envelopeId);
        if (envelope.status() != EnvelopeStatus.OPEN && envelope.status() != EnvelopeStatus.EXPIRED) {
            throw new EnvelopeStateException("The envelope is " + envelope.status() + ": only an open or expired "
                    + "envelope can be voided");
        }
        Instant now = Instant.now(clock);
        jdbc.update("update envelope set status = 'VOIDED', closed_at = ?, closed_reason = ? where id = ?",
                Timestamp.from(now), why, envelopeId);
        audit.append(envelopeId, "voided", actor, envelope.documentSha256(), why);
        journeys.record(envelope.onboardingId(), "signing-voided", "Ondertekening ingetrokken: " + why, actor.id());
        outbox.append(new SigningVoided(envelope.onboardingId(), envelope.municipalityCode(), envelopeId, why,
                actor.id(), now));
        workflow.envelopeVoided(envelope.onboardingId());
        return get(envelopeId);
    }

    /** Staff change the signing order of an envelope nobody has signed yet; links are re-sent where the turn moved. */
    @Transactional
    public Envelope changeOrder(UUID envelopeId, SigningOrder order, Actor actor) {
        Row envelope = row(envelopeId);
        if (envelope.status() != EnvelopeStatus.OPEN) {
            throw new EnvelopeStateException("The envelope is " + envelope.status() + ": only an open envelope's "
                    + "order can change");
        }
        List<SignerRow> signers = signerRows(envelopeId);
        if (signers.stream().anyMatch(s -> s.status() == SignerStatus.SIGNED)) {
            throw new EnvelopeStateException("Someone has already signed: the order can no longer change");
        }
        jdbc.update("update envelope set routing = ? where id = ?", order.name(), envelopeId);
        for (SignerRow signer : signers) {
            jdbc.update("update envelope_signer set routing_order = ? where id = ?", order.roundOf(signer.role()),
                    signer.id());
        }
        int first = signers.stream().mapToInt(s -> order.roundOf(s.role())).min().orElse(1);
        for (SignerRow signer : signers) {
            if (order.roundOf(signer.role()) != first && signer.status() == SignerStatus.SENT) {
                // not their turn any more: their link dies until it is
                jdbc.update("""
                        update envelope_signer set status = 'WAITING', token_hash = null, token_expires_at = null,
                            code_hash = null where id = ?""", signer.id());
            }
        }
        audit.append(envelopeId, "order-changed", actor, envelope.documentSha256(), "Volgorde " + envelope.order()
                + " -> " + order);
        dispatch(envelopeId);
        return get(envelopeId);
    }

    /** The decisions staff may take now about the onboarding's current envelope. */
    @Transactional(readOnly = true)
    public Set<SigningDecision> allowedDecisions(UUID onboardingId) {
        Row envelope = row(currentId(onboardingId));
        boolean declined = signerRows(envelope.id()).stream().anyMatch(s -> s.status() == SignerStatus.DECLINED);
        return switch (envelope.status()) {
            case EXPIRED -> Set.of(SigningDecision.values());
            case OPEN -> declined ? Set.of(SigningDecision.values()) : Set.of();
            case VOIDED -> Set.of(SigningDecision.RESTART, SigningDecision.PAPER, SigningDecision.STOP);
            default -> Set.of();
        };
    }

    /**
     * Applies staff's decision after a decline, an expiry or a void.
     *
     * @throws IllegalArgumentException when the decision does not fit (extend a voided envelope, continue without
     *                                  the alderman, stop without a reason)
     */
    @Transactional
    public Envelope decide(UUID onboardingId, SigningDecision decision, String note, String staffMember) {
        Actor actor = Actor.staff(staffMember);
        Row envelope = row(currentId(onboardingId));
        Set<SigningDecision> allowed = allowedDecisions(onboardingId);
        if (!allowed.contains(decision)) {
            throw new IllegalArgumentException("'" + decision.value() + "' is not possible for an envelope that is "
                    + envelope.status() + (allowed.isEmpty() ? "" : "; choose one of " + allowed.stream()
                    .map(SigningDecision::value).sorted().collect(Collectors.joining(", "))));
        }
        Instant now = Instant.now(clock);
        switch (decision) {
            case EXTEND -> {
                Instant expiresAt = now.plus(properties.linkValidity());
                jdbc.update("update envelope set status = 'OPEN', expires_at = ?, closed_at = null where id = ?",
                        Timestamp.from(expiresAt), envelope.id());
                jdbc.update("""
                        update envelope_signer set status = 'WAITING', token_hash = null, token_expires_at = null,
                            code_hash = null, declined_at = null, decline_reason = null
                        where envelope_id = ? and status <> 'SIGNED'""", envelope.id());
                audit.append(envelope.id(), "extended", actor, envelope.documentSha256(), "Nieuwe termijn tot "
                        + expiresAt + (note == null || note.isBlank() ? "" : ": " + note.strip()));
                journeys.record(onboardingId, "signing-extended", "Ondertekening verlengd tot "
                        + expiresAt.atZone(NETHERLANDS).toLocalDate(), actor.id());
                dispatch(envelope.id());
                return get(envelope.id());
            }
            case CONTINUE_WITHOUT -> {
                List<SignerRow> signers = signerRows(envelope.id());
                Set<SignerStatus> missing = envelope.status() == EnvelopeStatus.EXPIRED
                        ? Set.of(SignerStatus.WAITING, SignerStatus.SENT, SignerStatus.DECLINED)
                        : Set.of(SignerStatus.DECLINED);
                List<SignerRow> leftOut = signers.stream().filter(s -> missing.contains(s.status())).toList();
                if (leftOut.stream().anyMatch(s -> s.role() == SignerRole.ALDERMAN)) {
                    throw new IllegalArgumentException("The municipality's alderman has not signed: the coalition "
                            + "cannot go on without the municipality. Extend, restart, sign on paper or stop.");
                }
                List<SignerRow> remaining = signers.stream().filter(s -> !leftOut.contains(s)).toList();
                if (remaining.stream().noneMatch(s -> s.role() == SignerRole.PARTNER)) {
                    throw new IllegalArgumentException("No partner would be left to sign: a coalition needs at "
                            + "least one partner. Extend, restart, sign on paper or stop.");
                }
                supersede(envelope, actor, "Vervangen door een nieuwe versie zonder " + leftOut.stream()
                        .map(SignerRow::organisation).collect(Collectors.joining(", ")));
                List<Party> parties = remaining.stream().map(s -> new Party(s.role(), s.name(), s.title(),
                        s.organisation(), s.email(), s.partnerId(), s.partnerType())).toList();
                return create(onboardingId, parties, envelope.order(), actor);
            }
            case RESTART -> {
                supersede(envelope, actor, "Opnieuw gestart" + (note == null || note.isBlank() ? "" : ": "
                        + note.strip()));
                return create(onboardingId, everyone(onboardingId), envelope.order(), actor);
            }
            case PAPER -> {
                supersede(envelope, actor, "Verder op papier" + (note == null || note.isBlank() ? "" : ": "
                        + note.strip()));
                jdbc.update("update signing set method = 'PAPER' where onboarding_id = ?", onboardingId);
                journeys.record(onboardingId, "signing-on-paper", "Ondertekening gaat verder op papier", actor.id());
                return get(envelope.id());
            }
            case STOP -> {
                String reason = Texts.required(note, "Stopping needs a reason: the municipality is told");
                if (envelope.status() != EnvelopeStatus.VOIDED) {
                    jdbc.update("update envelope set status = 'STOPPED', closed_at = ?, closed_reason = ? where id = ?",
                            Timestamp.from(now), reason, envelope.id());
                }
                audit.append(envelope.id(), "stopped", actor, envelope.documentSha256(), reason);
                jdbc.update("update signing set status = 'STOPPED' where onboarding_id = ?", onboardingId);
                journeys.advance(onboardingId, Stage.SIGNING, Stage.STOPPED);
                journeys.record(onboardingId, "onboarding-stopped", "Gestopt bij de ondertekening: " + reason,
                        actor.id());
                outbox.append(new OnboardingStopped(onboardingId, envelope.municipalityCode(), reason, staffMember,
                        now));
                return get(envelope.id());
            }
            default -> throw new IllegalStateException("Unhandled decision " + decision);
        }
    }

    private void supersede(Row envelope, Actor actor, String reason) {
        if (envelope.status() != EnvelopeStatus.VOIDED) {
            jdbc.update("update envelope set status = 'SUPERSEDED', closed_at = ?, closed_reason = ? where id = ?",
                    Timestamp.from(Instant.now(clock)), reason, envelope.id());
        }
        audit.append(envelope.id(), "superseded", actor, envelope.documentSha256(), reason);
    }

    /** Everyone signed: the envelope is complete and the process may seal it. Called by {@link SignerLinks}. */
    void completeIfAllSigned(UUID envelopeId) {
        Row envelope = row(envelopeId);
        List<SignerRow> signers = signerRows(envelopeId);
        if (envelope.status() != EnvelopeStatus.OPEN
                || !signers.stream().allMatch(s -> s.status() == SignerStatus.SIGNED)) {
            dispatch(envelopeId);
            return;
        }
        jdbc.update("update envelope set status = 'COMPLETED', closed_at = ? where id = ?",
                Timestamp.from(Instant.now(clock)), envelopeId);
        audit.append(envelopeId, "completed", Actor.SYSTEM, envelope.documentSha256(), "Alle " + signers.size()
                + " ondertekenaars hebben getekend");
        journeys.record(envelope.onboardingId(), "signatures-complete", "Alle " + signers.size()
                + " ondertekenaars hebben getekend", "system");
        workflow.envelopeCompleted(envelope.onboardingId());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    @Transactional(readOnly = true)
    public Envelope get(UUID envelopeId) {
        Row envelope = row(envelopeId);
        List<Envelope.Signer> signers = signerRows(envelopeId).stream().map(s -> new Envelope.Signer(s.id(), s.role(),
                s.name(), s.title(), s.organisation(), s.email(), s.round(), s.status(), s.sentAt(),
                s.tokenExpiresAt(), s.signedAt(), s.signedName(), s.declinedAt(), s.declineReason())).toList();
        return new Envelope(envelope.id(), envelope.onboardingId(), envelope.municipalityCode(),
                envelope.municipalityName(), envelope.version(), envelope.status(), envelope.order(),
                envelope.documentSha256(), envelope.createdAt(), envelope.expiresAt(), envelope.closedAt(),
                envelope.closedReason(), envelope.sealedSha256(), envelope.sealedAt(),
                finalDocument(envelope), signers);
    }

    /** What happened to the onboarding's envelope, for staff who must decide: the cause and where every signer stands. */
    @Transactional(readOnly = true)
    public String situation(UUID onboardingId) {
        Envelope envelope = get(currentId(onboardingId));
        String signers = envelope.signers().stream()
                .map(s -> "- " + s.organisation() + " (" + s.name() + "): " + switch (s.status()) {
                    case SIGNED -> "getekend";
                    case DECLINED -> "weigert: " + s.declineReason();
                    case SENT -> "nog niet getekend";
                    case WAITING -> "nog niet aan de beurt";
                }).collect(Collectors.joining("\n"));
        String what = switch (envelope.status()) {
            case EXPIRED -> "De termijn is verlopen: " + envelope.signed() + " van " + envelope.signers().size()
                    + " hebben getekend.";
            case VOIDED -> "De envelop is ingetrokken: " + envelope.closedReason();
            default -> envelope.signers().stream().anyMatch(s -> s.status() == SignerStatus.DECLINED)
                    ? "Een ondertekenaar weigert te tekenen." : "Besluit nodig.";
        };
        return what + "\n\nEnvelop " + envelope.id() + " (versie " + envelope.version() + "):\n" + signers;
    }

    /** The onboarding's latest envelope. */
    @Transactional(readOnly = true)
    public Optional<Envelope> current(UUID onboardingId) {
        return jdbc.query("select id from envelope where onboarding_id = ? order by version desc limit 1",
                (row, n) -> row.getObject(1, UUID.class), onboardingId).stream().findFirst().map(this::get);
    }

    UUID currentId(UUID onboardingId) {
        return jdbc.query("select id from envelope where onboarding_id = ? order by version desc limit 1",
                (row, n) -> row.getObject(1, UUID.class), onboardingId).stream().findFirst()
                .orElseThrow(() -> new EnvelopeNotFoundException("The onboarding " + onboardingId
                        + " has no envelope"));
    }

    /** The agreement as signed (the document in the envelope), written in the trail as downloaded. */
    @Transactional
    public Document document(UUID envelopeId, Actor actor) {
        Row envelope = row(envelopeId);
        byte[] content = jdbc.queryForObject("select document from envelope where id = ?", byte[].class, envelopeId);
        audit.append(envelopeId, "downloaded", actor, envelope.documentSha256(), "Akkoord (versie "
                + envelope.version() + ")");
        return new Document(filename(envelope, false), content, envelope.documentSha256());
    }

    /**
     * The sealed final document: the agreement, its signature page and certificate of completion.
     *
     * @throws DocumentBeingSealedException when everyone signed and it is being sealed
     * @throws EnvelopeStateException when it is not sealed yet
     */
    @Transactional
    public Document certificate(UUID envelopeId, Actor actor) {
        Row envelope = row(envelopeId);
        FinalDocument finalDocument = finalDocument(envelope);
        if (finalDocument == FinalDocument.BEING_SEALED || finalDocument == FinalDocument.SEALING_DELAYED) {
            throw new DocumentBeingSealedException(finalDocument == FinalDocument.SEALING_DELAYED);
        }
        if (envelope.sealedSha256() == null) {
            throw new EnvelopeStateException("The envelope is " + envelope.status() + " and not sealed: the signed "
                    + "document with its certificate exists once everyone has signed");
        }
        byte[] content = jdbc.queryForObject("select sealed_document from envelope where id = ?", byte[].class,
                envelopeId);
        audit.append(envelopeId, "downloaded", actor, envelope.documentSha256(), "Verzegeld document met certificaat"
                + " (SHA-256 " + envelope.sealedSha256() + ")");
        return new Document(filename(envelope, true), content, envelope.sealedSha256());
    }

    /** Where the envelope's sealed document stands; a seal job that failed for good shows as delayed. */
    FinalDocument finalDocument(Row envelope) {
        FinalDocument stands = FinalDocument.of(envelope.status(), envelope.sealedSha256());
        return stands == FinalDocument.BEING_SEALED && workflow.sealingFailed(envelope.onboardingId())
                ? FinalDocument.SEALING_DELAYED : stands;
    }

    /** A PDF to hand out. */
    public record Document(String filename, byte[] content, String sha256) {
    }

    static String filename(Row envelope, boolean sealed) {
        String name = envelope.municipalityName().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "intentieverklaring-" + name + "-v" + envelope.version() + (sealed ? "-ondertekend" : "") + ".pdf";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rows

    record Row(UUID id, UUID onboardingId, String municipalityCode, String municipalityName, int version,
               EnvelopeStatus status, SigningOrder order, String documentSha256, Instant createdAt, Instant expiresAt,
               Instant closedAt, String closedReason, String sealedSha256, Instant sealedAt) {
    }

    record SignerRow(UUID id, UUID envelopeId, int position, int round, SignerRole role, String name, String title,
                     String organisation, String email, UUID partnerId, String partnerType, SignerStatus status,
                     Instant tokenExpiresAt, Instant sentAt, String codeHash, Instant codeExpiresAt, int codeAttempts, Instant codeSentAt,
                     int codeSends, String signedName, Instant signedAt, Instant declinedAt, String declineReason) {
    }

    Row row(UUID envelopeId) {
        return jdbc.query("""
                select id, onboarding_id, version, status, routing, document_sha256, created_at, expires_at,
                    closed_at, closed_reason, sealed_sha256, sealed_at from envelope where id = ?""",
                (rs, n) -> toRow(rs), envelopeId).stream().findFirst()
                .orElseThrow(() -> new EnvelopeNotFoundException(envelopeId));
    }

    private Row toRow(ResultSet rs) throws SQLException {
        UUID onboardingId = rs.getObject("onboarding_id", UUID.class);
        Onboarding onboarding = journeys.get(onboardingId);
        return new Row(rs.getObject("id", UUID.class), onboardingId, onboarding.municipality().code(),
                onboarding.municipality().name(), rs.getInt("version"), EnvelopeStatus.valueOf(rs.getString("status")),
                SigningOrder.valueOf(rs.getString("routing")), rs.getString("document_sha256"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "closed_at"),
                rs.getString("closed_reason"), rs.getString("sealed_sha256"), instant(rs, "sealed_at"));
    }

    List<SignerRow> signerRows(UUID envelopeId) {
        return jdbc.query(SIGNER_SELECT + " where envelope_id = ? order by position", (rs, n) -> toSigner(rs),
                envelopeId);
    }

    static final String SIGNER_SELECT = """
            select id, envelope_id, position, routing_order, role, name, title, organisation, email, partner_id,
                partner_type, status, token_expires_at, sent_at, code_hash, code_expires_at, code_attempts, code_sent_at,
                code_sends, signed_name, signed_at, declined_at, decline_reason from envelope_signer""";

    static SignerRow toSigner(ResultSet rs) throws SQLException {
        return new SignerRow(rs.getObject("id", UUID.class), rs.getObject("envelope_id", UUID.class),
                rs.getInt("position"), rs.getInt("routing_order"), SignerRole.valueOf(rs.getString("role")),
                rs.getString("name"), rs.getString("title"), rs.getString("organisation"), rs.getString("email"),
                rs.getObject("partner_id", UUID.class), rs.getString("partner_type"), SignerStatus.valueOf(rs.getString("status")),
                instant(rs, "token_expires_at"), instant(rs, "sent_at"), rs.getString("code_hash"),
                instant(rs, "code_expires_at"), rs.getInt("code_attempts"), instant(rs, "code_sent_at"),
                rs.getInt("code_sends"), rs.getString("signed_name"), instant(rs, "signed_at"),
                instant(rs, "declined_at"), rs.getString("decline_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
