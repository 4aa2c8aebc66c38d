package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeStatus;
import nl.eentegeneenzaamheid.coalition.signing.SignerRole;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.signing.SigningOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The envelopes and their signers ({@code envelope}, {@code envelope_signer}): the {@link Envelope} aggregate loaded
 * and saved, and the columns it does not carry (the documents, the link's token hash, the one-time code, the
 * signature's evidence). The municipality's code and name come from the journey's facade.
 */
@Repository
public class EnvelopeRepository {

    private static final String ENVELOPE_SELECT = """
            select id, onboarding_id, version, status, routing, document_sha256, created_at, expires_at, closed_at,
                closed_reason, sealed_sha256, sealed_at from envelope where id = ?""";
    private static final String SIGNER_SELECT = """
            select id, envelope_id, position, routing_order, role, name, title, organisation, email, partner_id,
                partner_type, status, token_expires_at, sent_at, code_hash, code_expires_at, code_attempts,
                code_sent_at, code_sends, signed_name, signed_at, declined_at, decline_reason from envelope_signer""";

    private final JdbcTemplate jdbc;
    private final Journeys journeys;

    EnvelopeRepository(JdbcTemplate jdbc, Journeys journeys) {
        this.jdbc = jdbc;
        this.journeys = journeys;
    }

    /** @throws EnvelopeNotFoundException when there is none */
    public Envelope load(UUID envelopeId) {
        return load(envelopeId, ENVELOPE_SELECT);
    }

    /** Loads it with its row locked: changes to one envelope (a signature, a decision) happen one after the other. */
    public Envelope loadForUpdate(UUID envelopeId) {
        return load(envelopeId, ENVELOPE_SELECT + " for update");
    }

    private Envelope load(UUID envelopeId, String select) {
        return jdbc.query(select, (rs, n) -> restore(rs, signers(envelopeId)), envelopeId).stream().findFirst()
                .orElseThrow(() -> new EnvelopeNotFoundException(envelopeId));
    }

    /** The onboarding's latest envelope. */
    public Optional<UUID> currentId(UUID onboardingId) {
        return jdbc.query("select id from envelope where onboarding_id = ? order by version desc limit 1",
                (row, n) -> row.getObject(1, UUID.class), onboardingId).stream().findFirst();
    }

    public int nextVersion(UUID onboardingId) {
        return jdbc.queryForObject("select coalesce(max(version), 0) + 1 from envelope where onboarding_id = ?",
                Integer.class, onboardingId);
    }

    /** A new envelope with its document; {@code parties} are its signers in order, with their partner. */
    public void insert(Envelope envelope, byte[] document, List<Party> parties) {
        jdbc.update("""
                insert into envelope (id, onboarding_id, version, status, routing, document, document_sha256,
                    created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", envelope.id(),
                envelope.onboardingId(), envelope.version(), envelope.status().name(), envelope.order().name(),
                document, envelope.documentSha256(), Timestamp.from(envelope.createdAt()),
                Timestamp.from(envelope.expiresAt()));
        List<Envelope.Signer> signers = envelope.signers();
        for (int position = 0; position < signers.size(); position++) {
            Envelope.Signer signer = signers.get(position);
            Party party = parties.get(position);
            jdbc.update("""
                    insert into envelope_signer (id, envelope_id, position, routing_order, role, name, title,
                        organisation, email, partner_id, partner_type, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    signer.id(), envelope.id(), position, signer.round(), signer.role().name(), signer.name(),
                    signer.title(), signer.organisation(), signer.email(), party.partnerId(), party.partnerType(),
                    signer.status().name());
        }
    }

    /**
     * Writes what changed: the envelope's row, and each changed signer's. A signer who waits has no link and no code;
     * one who answered has no code.
     */
    public void save(Envelope envelope) {
        if (envelope.changed()) {
            jdbc.update("""
                    update envelope set status = ?, routing = ?, expires_at = ?, closed_at = ?, closed_reason = ?
                    where id = ?""", envelope.status().name(), envelope.order().name(), timestamp(envelope.expiresAt()),
                    timestamp(envelope.closedAt()), envelope.closedReason(), envelope.id());
        }
        for (Envelope.Signer signer : envelope.changedSigners()) {
            jdbc.update("""
                    update envelope_signer set status = ?, routing_order = ?, sent_at = ?, token_expires_at = ?,
                        signed_name = ?, signed_at = ?, declined_at = ?, decline_reason = ?,
                        token_hash = case when ? = 'WAITING' then null else token_hash end,
                        code_hash = case when ? = 'SENT' then code_hash else null end,
                        code_expires_at = case when ? = 'SIGNED' then null else code_expires_at end
                    where id = ?""", signer.status().name(), signer.round(), timestamp(signer.sentAt()),
                    timestamp(signer.linkExpiresAt()), signer.signedName(), timestamp(signer.signedAt()),
                    timestamp(signer.declinedAt()), signer.declineReason(), signer.status().name(),
                    signer.status().name(), signer.status().name(), signer.id());
        }
    }

    /** The signer's new link: only its hash is kept; a new link starts without a code. */
    public void issueLink(UUID signerId, String tokenHash, Instant expiresAt, Instant now, boolean reminder) {
        jdbc.update("""
                update envelope_signer set status = 'SENT', token_hash = ?, token_expires_at = ?, sent_at = ?,
                    code_hash = null, code_expires_at = null, code_attempts = 0, code_sent_at = null, code_sends = 0,
                    reminded_at = case when ? then ? else reminded_at end where id = ?""",
                tokenHash, Timestamp.from(expiresAt), Timestamp.from(now), reminder, Timestamp.from(now), signerId);
    }

    /** Where the signature came from. */
    public void recordSignatureEvidence(UUID signerId, String ipAddress, String userAgent) {
        jdbc.update("update envelope_signer set signed_ip = ?, signed_user_agent = ? where id = ?", ipAddress,
                userAgent, signerId);
    }

    /** The envelope of the link with this token's hash. */
    public Optional<UUID> envelopeOfToken(String tokenHash) {
        return jdbc.query("select envelope_id from envelope_signer where token_hash = ?",
                (row, n) -> row.getObject(1, UUID.class), tokenHash).stream().findFirst();
    }

    /** The signer holding the link with this token's hash, their row locked. */
    public Optional<SignerCode> lockSignerByToken(String tokenHash) {
        return signerByToken(tokenHash, " for update");
    }

    /** The signer holding the link with this token's hash, read without a lock (for a view). */
    public Optional<SignerCode> findSignerByToken(String tokenHash) {
        return signerByToken(tokenHash, "");
    }

    private Optional<SignerCode> signerByToken(String tokenHash, String lock) {
        return jdbc.query(SIGNER_SELECT + " where token_hash = ?" + lock, (rs, n) -> new SignerCode(
                rs.getObject("envelope_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("code_hash"),
                instant(rs, "code_expires_at"), rs.getInt("code_attempts"), instant(rs, "code_sent_at"),
                rs.getInt("code_sends")), tokenHash).stream().findFirst();
    }

    public void storeCode(UUID signerId, String codeHash, Instant expiresAt, Instant now) {
        jdbc.update("""
                update envelope_signer set code_hash = ?, code_expires_at = ?, code_attempts = 0, code_sent_at = ?,
                    code_sends = code_sends + 1 where id = ?""", codeHash, Timestamp.from(expiresAt),
                Timestamp.from(now), signerId);
    }

    /** A wrong code is counted; the last allowed try locks the code. */
    public void recordWrongCode(UUID signerId, int attempts, boolean locked) {
        jdbc.update("update envelope_signer set code_attempts = ?, code_hash = case when ? then null else code_hash "
                + "end where id = ?", attempts, locked, signerId);
    }

    /** The signers as parties, in order, with their partner (for a new version of the envelope). */
    public List<Party> parties(UUID envelopeId) {
        return jdbc.query(SIGNER_SELECT + " where envelope_id = ? order by position", (rs, n) -> new Party(
                SignerRole.valueOf(rs.getString("role")), rs.getString("name"), rs.getString("title"),
                rs.getString("organisation"), rs.getString("email"), rs.getObject("partner_id", UUID.class),
                rs.getString("partner_type")), envelopeId);
    }

    /** The agreement as the signers sign it. */
    public byte[] document(UUID envelopeId) {
        return jdbc.queryForObject("select document from envelope where id = ?", byte[].class, envelopeId);
    }

    public byte[] sealedDocument(UUID envelopeId) {
        return jdbc.queryForObject("select sealed_document from envelope where id = ?", byte[].class, envelopeId);
    }

    public void storeSealedDocument(Envelope envelope, byte[] sealed) {
        jdbc.update("update envelope set sealed_document = ?, sealed_sha256 = ?, sealed_at = ? where id = ?", sealed,
                envelope.sealedDocumentSha256(), Timestamp.from(envelope.sealedAt()), envelope.id());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<Envelope.Signer> signers(UUID envelopeId) {
        return jdbc.query(SIGNER_SELECT + " where envelope_id = ? order by position", (rs, n) -> new Envelope.Signer(
                rs.getObject("id", UUID.class), SignerRole.valueOf(rs.getString("role")), rs.getString("name"),
                rs.getString("title"), rs.getString("organisation"), rs.getString("email"), rs.getInt("routing_order"),
                SignerStatus.valueOf(rs.getString("status")), instant(rs, "sent_at"), instant(rs, "token_expires_at"),
                instant(rs, "signed_at"), rs.getString("signed_name"), instant(rs, "declined_at"),
                rs.getString("decline_reason")), envelopeId);
    }

    private Envelope restore(ResultSet rs, List<Envelope.Signer> signers) throws SQLException {
        UUID onboardingId = rs.getObject("onboarding_id", UUID.class);
        Onboarding onboarding = journeys.get(onboardingId);
        return new Envelope(rs.getObject("id", UUID.class), onboardingId, onboarding.municipality().code(),
                onboarding.municipality().name(), rs.getInt("version"), EnvelopeStatus.valueOf(rs.getString("status")),
                SigningOrder.valueOf(rs.getString("routing")), rs.getString("document_sha256"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "closed_at"),
                rs.getString("closed_reason"), rs.getString("sealed_sha256"), instant(rs, "sealed_at"), signers);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
