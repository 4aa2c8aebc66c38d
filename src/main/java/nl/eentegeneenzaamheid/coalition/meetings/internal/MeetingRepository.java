package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingNotFoundException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingStatus;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The meetings' rows: {@code meeting} (the aggregate), the municipalities a meeting could not reach
 * ({@code meeting_unaddressed}), the addresses staff gave ({@code meeting_contact}) and the journeys waiting for a
 * meeting ({@code meeting_waiting_onboarding}).
 */
@Repository
public class MeetingRepository {

    private static final String SELECT_MEETING = """
            select id, title, starts_at, ends_at, place, online_url, capacity, programme, hosts, audience, provinces,
                status, sequence, scheduled_by, scheduled_at, cancel_reason, held_at from meeting""";

    private final JdbcTemplate jdbc;

    public MeetingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws MeetingNotFoundException when there is no such meeting */
    public Meeting get(UUID meetingId) {
        return jdbc.query(SELECT_MEETING + " where id = ?", this::map, meetingId).stream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    /**
     * The meeting, its row locked until the transaction ends: every change of its seats, invitations or state takes
     * this lock first, so they are counted one after the other.
     *
     * @throws MeetingNotFoundException when there is no such meeting
     */
    public Meeting lock(UUID meetingId) {
        return jdbc.query(SELECT_MEETING + " where id = ? for update", this::map, meetingId).stream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    /** The scheduled meetings that have not begun, soonest first. */
    public List<Meeting> upcoming(Instant now) {
        return jdbc.query(SELECT_MEETING + " where status = 'SCHEDULED' and starts_at > ? order by starts_at, id",
                this::map, Timestamp.from(now));
    }

    /** Every meeting, newest first. */
    public List<Meeting> all() {
        return jdbc.query(SELECT_MEETING + " order by starts_at desc", this::map);
    }

    /** Writes the meeting's state (its events are the caller's to append). */
    public void save(Meeting meeting) {
        if (meeting.isNew()) {
            jdbc.update("""
                    insert into meeting (id, title, starts_at, ends_at, place, online_url, capacity, programme, hosts,
                        audience, provinces, status, sequence, scheduled_by, scheduled_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meeting.id(), meeting.title(),
                    Timestamp.from(meeting.startsAt()), Timestamp.from(meeting.endsAt()), meeting.place(),
                    meeting.onlineUrl(), meeting.capacity(), meeting.programme(), meeting.hosts(),
                    meeting.audience().name(), meeting.provinces().isEmpty() ? null
                            : String.join(";", meeting.provinces()), meeting.status().name(), meeting.sequence(),
                    meeting.scheduledBy(), Timestamp.from(meeting.scheduledAt()));
            return;
        }
        if (!meeting.changed()) {
            return; // e.g. a reminder: its event is all there is, and an unlocked read must not write the row back
        }
        jdbc.update("""
                update meeting set starts_at = ?, ends_at = ?, place = ?, online_url = ?, capacity = ?, status = ?,
                    sequence = ?, cancel_reason = ?, held_at = ? where id = ?""", Timestamp.from(meeting.startsAt()),
                Timestamp.from(meeting.endsAt()), meeting.place(), meeting.onlineUrl(), meeting.capacity(),
                meeting.status().name(), meeting.sequence(), meeting.cancelReason(),
                meeting.heldAt() == null ? null : Timestamp.from(meeting.heldAt()), meeting.id());
    }

    /** The selected municipalities the meeting could not reach, by code. */
    public List<String> unaddressed(UUID meetingId) {
        return jdbc.queryForList("select municipality_code from meeting_unaddressed where meeting_id = ? "
                + "order by municipality_code", String.class, meetingId);
    }

    public void markUnaddressed(UUID meetingId, String municipalityCode) {
        jdbc.update("insert into meeting_unaddressed (meeting_id, municipality_code) values (?, ?) "
                + "on conflict do nothing", meetingId, municipalityCode);
    }

    public void clearUnaddressed(UUID meetingId, String municipalityCode) {
        jdbc.update("delete from meeting_unaddressed where meeting_id = ? and municipality_code = ?", meetingId,
                municipalityCode);
    }

    /** The address staff gave for a municipality without an onboarding. */
    public Optional<Meetings.Contact> contact(String municipalityCode) {
        return jdbc.query("select name, email from meeting_contact where municipality_code = ?",
                (row, n) -> new Meetings.Contact(municipalityCode, row.getString(1), row.getString(2)),
                municipalityCode).stream().findFirst();
    }

    /** Keeps the addresses staff gave for later meetings (the newest per municipality). */
    public void remember(List<Meetings.Contact> contacts, String staffMember, Instant now) {
        for (Meetings.Contact contact : contacts) {
            jdbc.update("""
                    insert into meeting_contact (municipality_code, name, email, updated_by, updated_at)
                    values (?, ?, ?, ?, ?) on conflict (municipality_code) do update set name = excluded.name,
                    email = excluded.email, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                    contact.municipalityCode(), contact.name(), contact.email(), staffMember, Timestamp.from(now));
        }
    }

    /** A journey that waits for a meeting, with the municipality it is of. */
    public record WaitingJourney(UUID onboardingId, String municipalityCode) {
    }

    /** The journeys waiting for a meeting, longest waiting first. */
    public List<WaitingJourney> waitingJourneys() {
        return jdbc.query("select onboarding_id, municipality_code from meeting_waiting_onboarding "
                + "order by waiting_since", (row, n) -> new WaitingJourney(row.getObject(1, UUID.class),
                row.getString(2)));
    }

    public void startWaiting(UUID onboardingId, String municipalityCode, Instant now) {
        jdbc.update("insert into meeting_waiting_onboarding (onboarding_id, municipality_code, waiting_since) "
                + "values (?, ?, ?) on conflict do nothing", onboardingId, municipalityCode, Timestamp.from(now));
    }

    /** Ends the journey's wait; false when it no longer waited (another transaction ended it first). */
    public boolean stopWaiting(UUID onboardingId) {
        return jdbc.update("delete from meeting_waiting_onboarding where onboarding_id = ?", onboardingId) > 0;
    }

    private Meeting map(ResultSet row, int n) throws SQLException {
        String provinces = row.getString("provinces");
        Timestamp heldAt = row.getTimestamp("held_at");
        return new Meeting(row.getObject("id", UUID.class), row.getString("title"),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                row.getString("place"), row.getString("online_url"), row.getInt("capacity"),
                row.getString("programme"), row.getString("hosts"), Audience.valueOf(row.getString("audience")),
                provinces == null ? List.of() : List.of(provinces.split(";")),
                MeetingStatus.valueOf(row.getString("status")), row.getInt("sequence"),
                row.getString("scheduled_by"), row.getTimestamp("scheduled_at").toInstant(),
                row.getString("cancel_reason"), heldAt == null ? null : heldAt.toInstant());
    }
}
