package nl.eentegeneenzaamheid.coalition.recruitment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.PartnerDirectory;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.recruitment.internal.RecruitmentTexts.TEXTS;

/**
 * The partners a municipality proposes while it recruits.
 */
@Service
public class Partners implements PartnerDirectory {

    private final Journeys journeys;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final Invitations invitations;

    public Partners(Journeys journeys, Outbox outbox, JdbcTemplate jdbc, Clock clock, Invitations invitations) {
        this.invitations = invitations;
        this.journeys = journeys;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A proposed partner and the invitation sent to it; the token travels no further than the caller. */
    public record Proposal(Partner partner, SentInvitation invitation) {
    }

    /**
     * Adds a partner to the coalition being formed, at any time while the municipality recruits, and invites it.
     *
     * @throws nl.eentegeneenzaamheid.coalition.journey.OnboardingInWrongStageException when not recruiting
     * @throws PartnerAlreadyProposedException when the organisation is already proposed
     */
    @Transactional
    public Proposal propose(UUID onboardingId, ProposePartner proposal, String actor) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.RECRUITMENT);
        String name = proposal.organisationName().strip();
        String kvk = proposal.kvkNumber() == null || proposal.kvkNumber().isBlank() ? null : proposal.kvkNumber();
        Integer duplicates = jdbc.queryForObject("""
                select count(*) from partner where onboarding_id = ?
                and (lower(organisation_name) = lower(?) or kvk_number = ?)""", Integer.class, onboardingId, name, kvk);
        if (duplicates != null && duplicates > 0) {
            throw new PartnerAlreadyProposedException(name);
        }
        Partner partner = new Partner(UUID.randomUUID(), onboardingId, name, proposal.type(), kvk,
                proposal.contactName().strip(), proposal.contactEmail().strip(), PartnerStatus.PROPOSED, actor,
                Instant.now(clock));
        jdbc.update("""
                insert into partner (id, onboarding_id, organisation_name, partner_type, kvk_number, contact_name,
                    contact_email, status, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", partner.id(), onboardingId, partner.organisationName(),
                partner.type().name(), kvk, partner.contactName(), partner.contactEmail(), partner.status().name(),
                actor, Timestamp.from(partner.proposedAt()));
        journeys.record(onboardingId, "partner-proposed", TEXTS.text("journey.partner-proposed",
                Map.of("organisation", name)), actor);
        outbox.append(new PartnerProposed(onboardingId, onboarding.municipality().code(), partner.id(), name,
                partner.type(), kvk, actor, partner.proposedAt()));
        SentInvitation invitation = invitations.send(partner, onboarding.municipality().code());
        return new Proposal(withStatus(partner, PartnerStatus.INVITED), invitation);
    }

    private static Partner withStatus(Partner partner, PartnerStatus status) {
        return new Partner(partner.id(), partner.onboardingId(), partner.organisationName(), partner.type(),
                partner.kvkNumber(), partner.contactName(), partner.contactEmail(), status, partner.proposedBy(),
                partner.proposedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerSummary> partnersOf(UUID onboardingId) {
        return of(onboardingId).stream().map(partner -> new PartnerSummary(partner.id(), partner.organisationName(),
                partner.type().name(), partner.status().name())).toList();
    }

    /** The onboarding's partners, in the order they were proposed. */
    @Transactional(readOnly = true)
    public List<Partner> of(UUID onboardingId) {
        journeys.get(onboardingId);
        return jdbc.query("select * from partner where onboarding_id = ? order by proposed_at, id", Partners::map,
                onboardingId);
    }

    static Partner map(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new Partner(row.getObject("id", UUID.class), row.getObject("onboarding_id", UUID.class),
                row.getString("organisation_name"), PartnerType.valueOf(row.getString("partner_type")),
                row.getString("kvk_number"), row.getString("contact_name"), row.getString("contact_email"),
                PartnerStatus.valueOf(row.getString("status")), row.getString("proposed_by"),
                row.getTimestamp("proposed_at").toInstant());
    }
}
