package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.FollowUpKind;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The invitations of meetings ({@code meeting_invitation}): one per meeting and municipality. */
@Repository
public class MeetingInvitationRepository {

    private static final String SELECT_INVITATION = """
            select id, meeting_id, municipality_code, onboarding_id, attendee_name, attendee_email, status,
                registered_at, attended from meeting_invitation""";

    /** An invitation as its row holds it. */
    public record Invitation(UUID id, UUID meetingId, String municipalityCode, UUID onboardingId, String attendeeName,
                             String attendeeEmail, RegistrationStatus status, Instant registeredAt, Boolean attended) {

        /** Registered with a seat or on the waiting list. */
        public boolean holdsAPlace() {
            return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.WAITLISTED;
        }
    }

    private final JdbcTemplate jdbc;

    public MeetingInvitationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Invitation> find(UUID invitationId) {
        return jdbc.query(SELECT_INVITATION + " where id = ?", this::map, invitationId).stream().findFirst();
    }

    /** The invitation, its row locked (after its meeting's). */
    public Invitation lock(UUID invitationId) {
        return jdbc.query(SELECT_INVITATION + " where id = ? for update", this::map, invitationId).get(0);
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return jdbc.query(SELECT_INVITATION + " where token_hash = ?", this::map, tokenHash).stream().findFirst();
    }

    /** A meeting's invitations, by municipality. */
    public List<Invitation> ofMeeting(UUID meetingId) {
        return jdbc.query(SELECT_INVITATION + " where meeting_id = ? order by municipality_code", this::map,
                meetingId);
    }

    /** The municipality's invitation to the meeting, if it has one. */
    public Optional<UUID> idOf(UUID meetingId, String municipalityCode) {
        return jdbc.queryForList("select id from meeting_invitation where meeting_id = ? and municipality_code = ?",
                UUID.class, meetingId, municipalityCode).stream().findFirst();
    }

    public void insert(UUID id, UUID meetingId, String municipalityCode, UUID onboardingId, String name, String email,
                       String tokenHash, Instant now) {
        jdbc.update("""
                insert into meeting_invitation (id, meeting_id, municipality_code, onboarding_id, invitee_name,
                    invitee_email, attendee_name, attendee_email, token_hash, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'INVITED', ?)""", id, meetingId, municipalityCode, onboardingId,
                name, email, name, email, tokenHash, Timestamp.from(now));
    }

    public int count(UUID meetingId, RegistrationStatus status) {
        return jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and status = ?",
                Integer.class, meetingId, status.name());
    }

    /** How many invitations of the meeting are in each status. */
    public Map<String, Integer> countsByStatus(UUID meetingId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select status, count(*) from meeting_invitation where meeting_id = ? group by status",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                }, meetingId);
        return counts;
    }

    /** The place on the waiting list (from 1), or null when not on it. */
    public Integer waitlistPosition(Invitation invitation) {
        if (invitation.status() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return jdbc.queryForObject("""
                select count(*) from meeting_invitation where meeting_id = ? and status = 'WAITLISTED'
                and (registered_at, id) <= (?, ?)""", Integer.class, invitation.meetingId(),
                Timestamp.from(invitation.registeredAt()), invitation.id());
    }

    /** The first on the waiting list, by the time they registered. */
    public Optional<Invitation> firstWaitlisted(UUID meetingId) {
        return jdbc.query(SELECT_INVITATION + " where meeting_id = ? and status = 'WAITLISTED' "
                + "order by registered_at, id limit 1", this::map, meetingId).stream().findFirst();
    }

    public void registerAs(UUID invitationId, RegistrationStatus status, Instant now) {
        jdbc.update("update meeting_invitation set status = ?, registered_at = ?, answered_at = ? where id = ?",
                status.name(), Timestamp.from(now), Timestamp.from(now), invitationId);
    }

    public void promote(UUID invitationId) {
        jdbc.update("update meeting_invitation set status = 'REGISTERED' where id = ?", invitationId);
    }

    public void decline(UUID invitationId, String reason, Instant now) {
        jdbc.update("update meeting_invitation set status = 'DECLINED', answered_at = ?, decline_reason = ? "
                + "where id = ?", Timestamp.from(now), reason, invitationId);
    }

    public void cancel(UUID invitationId, Instant now) {
        jdbc.update("update meeting_invitation set status = 'CANCELLED', answered_at = ? where id = ?",
                Timestamp.from(now), invitationId);
    }

    /** A colleague attends instead, with a new link (the old one stops acting). */
    public void sendInstead(UUID invitationId, String name, String email, String tokenHash) {
        jdbc.update("update meeting_invitation set attendee_name = ?, attendee_email = ?, token_hash = ? where id = ?",
                name, email, tokenHash, invitationId);
    }

    public void recordAttended(UUID invitationId, boolean attended) {
        jdbc.update("update meeting_invitation set attended = ? where id = ?", attended, invitationId);
    }

    public void recordFollowUpKind(UUID invitationId, FollowUpKind kind) {
        jdbc.update("update meeting_invitation set follow_up_kind = ? where id = ?", kind.name(), invitationId);
    }

    public void recordFollowUpNote(UUID invitationId, String note) {
        jdbc.update("update meeting_invitation set follow_up_note = ? where id = ?", note, invitationId);
    }

    private Invitation map(ResultSet row, int n) throws SQLException {
        Timestamp registeredAt = row.getTimestamp("registered_at");
        return new Invitation(row.getObject("id", UUID.class), row.getObject("meeting_id", UUID.class),
                row.getString("municipality_code"), row.getObject("onboarding_id", UUID.class),
                row.getString("attendee_name"), row.getString("attendee_email"),
                RegistrationStatus.valueOf(row.getString("status")),
                registeredAt == null ? null : registeredAt.toInstant(), (Boolean) row.getObject("attended"));
    }
}
