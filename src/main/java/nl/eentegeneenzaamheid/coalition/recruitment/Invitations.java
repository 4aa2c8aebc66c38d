package nl.eentegeneenzaamheid.coalition.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.InvalidInputException;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.recruitment.internal.RecruitmentTexts.TEXTS;

/**
 * Partners' invitations. Each has its own link: a 256-bit token from a secure random source, of which only the
 * SHA-256 is stored. The link answers the invitation once; after that, after its term, or once staff withdraw it,
 * it no longer acts.
 */
@Service
public class Invitations {

    static final Duration TERM = Duration.ofDays(21);

    private final Journeys journeys;
    private final Outbox outbox;
    private final RecruitmentWorkflow workflow;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecretHandover handover;
    /** The hand-over purpose of an invitation link's token. */
    public static final String LINK_PURPOSE = HandoverPurposes.INVITATION_LINK;

    public Invitations(Journeys journeys, Outbox outbox, RecruitmentWorkflow workflow, JdbcTemplate jdbc, Clock clock,
                       SecretHandover handover) {
        this.journeys = journeys;
        this.handover = handover;
        this.outbox = outbox;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Invites a proposed partner, in the caller's transaction, and starts the invitation's process. */
    @Transactional
    SentInvitation send(Partner partner, String municipalityCode) {
        String token = Secrets.token();
        Instant now = Instant.now(clock);
        SentInvitation invitation = new SentInvitation(UUID.randomUUID(), token, now.plus(TERM));
        jdbc.update("""
                insert into invitation (id, partner_id, onboarding_id, token_hash, status, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""", invitation.invitationId(), partner.id(), partner.onboardingId(),
                hash(token), InvitationStatus.PENDING.name(), Timestamp.from(now),
                Timestamp.from(invitation.expiresAt()));
        setPartnerStatus(partner.id(), PartnerStatus.INVITED);
        outbox.append(new PartnerInvited(partner.onboardingId(), municipalityCode, partner.id(),
                invitation.invitationId(), partner.organisationName(), partner.contactName(), partner.contactEmail(),
                invitation.expiresAt(), handover.deposit(LINK_PURPOSE, token, invitation.expiresAt())));
        workflow.invitationSent(partner.onboardingId(), invitation.invitationId(), partner.organisationName());
        return invitation;
    }

    /** What the link shows: the organisation, the municipality, the invitation's status and term. */
    @Transactional(readOnly = true)
    public InvitationView view(String token) {
        Row row = find(token, false);
        return new InvitationView(row.id(), row.organisationName(), journeys.get(row.onboardingId()).municipality()
                .name(), row.status(), row.expiresAt());
    }

    /** The partner accepts, naming who will sign for it. */
    @Transactional
    public void accept(String token, String signerName, String signerRole) {
        accept(token, signerName, signerRole, null);
    }

    /**
     * The partner accepts, naming who will sign for it and where the signing request goes (the partner's contact
     * address when {@code signerEmail} is empty).
     */
    @Transactional
    public void accept(String token, String signerName, String signerRole, String signerEmail) {
        Row row = pending(token);
        Texts.required(signerName, 200, "signerName is required");
        Texts.required(signerRole, 200, "signerRole is required");
        if (signerEmail != null && !signerEmail.isBlank() && (signerEmail.length() > 254
                || !Texts.isEmail(signerEmail))) {
            throw new InvalidInputException("signerEmail is not an e-mail address");
        }
        Instant now = Instant.now(clock);
        jdbc.update("""
                update invitation set status = ?, answered_at = ?, signer_name = ?, signer_role = ?, signer_email = ?
                where id = ?""", InvitationStatus.ACCEPTED.name(), Timestamp.from(now), signerName.strip(),
                signerRole.strip(), signerEmail == null || signerEmail.isBlank() ? null : signerEmail.strip(),
                row.id());
        setPartnerStatus(row.partnerId(), PartnerStatus.ACCEPTED);
        journeys.record(row.onboardingId(), "partner-accepted", TEXTS.text("journey.partner-accepted",
                Map.of("organisation", row.organisationName(), "name", signerName.strip(), "role", signerRole.strip())),
                "partner:" + row.organisationName());
        outbox.append(new PartnerAccepted(row.onboardingId(), row.municipalityCode(), row.partnerId(), row.id(),
                row.organisationName(), signerName.strip(), signerRole.strip(), now));
        workflow.invitationEnded(row.id(), InvitationProcess.MESSAGE_ACCEPTED);
    }

    /** The partner declines, with its reason. */
    @Transactional
    public void decline(String token, String reason) {
        Texts.required(reason, 4000, "reason is required");
        Row row = pending(token);
        Instant now = Instant.now(clock);
        jdbc.update("update invitation set status = ?, answered_at = ?, reason = ? where id = ?",
                InvitationStatus.DECLINED.name(), Timestamp.from(now), reason.strip(), row.id());
        setPartnerStatus(row.partnerId(), PartnerStatus.DECLINED);
        journeys.record(row.onboardingId(), "partner-declined", TEXTS.text("journey.partner-declined",
                Map.of("organisation", row.organisationName(), "reason", reason.strip())),
                "partner:" + row.organisationName());
        outbox.append(new PartnerDeclined(row.onboardingId(), row.municipalityCode(), row.partnerId(), row.id(),
                row.organisationName(), reason.strip(), now));
        workflow.invitationEnded(row.id(), InvitationProcess.MESSAGE_DECLINED);
    }

    /** Staff withdraw a partner's open invitation. */
    @Transactional
    public void withdraw(UUID onboardingId, UUID partnerId, String reason, String staffMember) {
        Row row = jdbc.query(SELECT + " where i.onboarding_id = ? and i.partner_id = ? and i.status = ? for update of i",
                this::map, onboardingId, partnerId, InvitationStatus.PENDING.name()).stream().findFirst()
                .orElseThrow(() -> new InvitationClosedException(latestStatus(onboardingId, partnerId)));
        Instant now = Instant.now(clock);
        jdbc.update("update invitation set status = ?, answered_at = ?, reason = ? where id = ?",
                InvitationStatus.WITHDRAWN.name(), Timestamp.from(now), reason.strip(), row.id());
        setPartnerStatus(partnerId, PartnerStatus.WITHDRAWN);
        journeys.record(onboardingId, "partner-invitation-withdrawn", TEXTS.text("journey.partner-invitation-withdrawn",
                Map.of("organisation", row.organisationName(), "reason", reason.strip())), staffMember);
        outbox.append(new PartnerInvitationWithdrawn(onboardingId, row.municipalityCode(), partnerId, row.id(),
                row.organisationName(), reason.strip(), staffMember, now));
        workflow.invitationEnded(row.id(), InvitationProcess.MESSAGE_WITHDRAWN);
    }

    /** A week without an answer. Does nothing once the invitation is closed. */
    @Transactional
    public void remind(UUID invitationId) {
        byId(invitationId).filter(row -> row.status() == InvitationStatus.PENDING).ifPresent(row -> {
            Partner partner = partner(row.partnerId());
            journeys.record(row.onboardingId(), "partner-reminded", TEXTS.text("journey.partner-reminded",
                    Map.of("organisation", row.organisationName())), "system");
            outbox.append(new PartnerReminded(row.onboardingId(), row.municipalityCode(), row.partnerId(), row.id(),
                    row.organisationName(), partner.contactName(), partner.contactEmail(), row.expiresAt()));
        });
    }

    /** The term passed without an answer. Does nothing once the invitation is closed. */
    @Transactional
    public void expire(UUID invitationId) {
        byId(invitationId).filter(row -> row.status() == InvitationStatus.PENDING).ifPresent(row -> {
            Instant now = Instant.now(clock);
            jdbc.update("update invitation set status = ?, answered_at = ? where id = ?",
                    InvitationStatus.EXPIRED.name(), Timestamp.from(now), row.id());
            setPartnerStatus(row.partnerId(), PartnerStatus.EXPIRED);
            journeys.record(row.onboardingId(), "partner-invitation-expired", TEXTS.text(
                    "journey.partner-invitation-expired", Map.of("organisation", row.organisationName())), "system");
            outbox.append(new PartnerInvitationExpired(row.onboardingId(), row.municipalityCode(), row.partnerId(),
                    row.id(), row.organisationName(), now));
        });
    }

    /** Who signs for a partner that accepted. */
    /**
     * Who signs for an accepted partner.
     *
     * @param email the signer's own address, or the partner's contact address
     */
    public record Signer(String name, String role, String organisationName, UUID partnerId, PartnerType partnerType,
                         String email) {
    }

    /** The signers of the partners that accepted, in the order they were proposed. */
    @Transactional(readOnly = true)
    public java.util.List<Signer> signers(UUID onboardingId) {
        return jdbc.query("""
                select i.signer_name, i.signer_role, p.organisation_name, p.id, p.partner_type,
                    coalesce(i.signer_email, p.contact_email) from invitation i
                join partner p on p.id = i.partner_id
                where i.onboarding_id = ? and i.status = 'ACCEPTED' order by p.proposed_at, p.id""",
                (row, n) -> new Signer(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, UUID.class), PartnerType.valueOf(row.getString(5)), row.getString(6)),
                onboardingId);
    }

    private record Row(UUID id, UUID partnerId, UUID onboardingId, String municipalityCode, String organisationName,
                       InvitationStatus status, Instant expiresAt) {
    }

    private static final String SELECT = """
            select i.id, i.partner_id, i.onboarding_id, p.organisation_name, i.status, i.expires_at
            from invitation i join partner p on p.id = i.partner_id""";

    /** The municipality comes from the journey's own module (this module does not read its table). */
    private Row map(ResultSet row, int n) throws SQLException {
        UUID onboardingId = row.getObject(3, UUID.class);
        return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), onboardingId,
                journeys.get(onboardingId).municipality().code(), row.getString(4),
                InvitationStatus.valueOf(row.getString(5)), row.getTimestamp(6).toInstant());
    }

    private Row find(String token, boolean lock) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            throw new InvitationNotFoundException();
        }
        return jdbc.query(SELECT + " where i.token_hash = ?" + (lock ? " for update of i" : ""), this::map,
                hash(token)).stream().findFirst().orElseThrow(InvitationNotFoundException::new);
    }

    /** The invitation of this link, locked, if it can still be answered. */
    private Row pending(String token) {
        Row row = find(token, true);
        if (row.status() == InvitationStatus.PENDING && !Instant.now(clock).isBefore(row.expiresAt())) {
            // the term is over even if the expiry timer has not fired yet; the timer will record the expiry
            throw new InvitationClosedException(InvitationStatus.EXPIRED);
        }
        if (row.status() != InvitationStatus.PENDING) {
            throw new InvitationClosedException(row.status());
        }
        return row;
    }

    private java.util.Optional<Row> byId(UUID invitationId) {
        return jdbc.query(SELECT + " where i.id = ? for update of i", this::map, invitationId).stream().findFirst();
    }

    private InvitationStatus latestStatus(UUID onboardingId, UUID partnerId) {
        return jdbc.query("select status from invitation where onboarding_id = ? and partner_id = ? "
                        + "order by created_at desc limit 1", (row, n) -> InvitationStatus.valueOf(row.getString(1)),
                onboardingId, partnerId).stream().findFirst().orElseThrow(InvitationNotFoundException::new);
    }

    private Partner partner(UUID partnerId) {
        return jdbc.query("select * from partner where id = ?", Partners::map, partnerId).get(0);
    }

    private void setPartnerStatus(UUID partnerId, PartnerStatus status) {
        jdbc.update("update partner set status = ? where id = ?", status.name(), partnerId);
    }

    static String hash(String token) {
        return Digests.sha256(token);
    }
}
