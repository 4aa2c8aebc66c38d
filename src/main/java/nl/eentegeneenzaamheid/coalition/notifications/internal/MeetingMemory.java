package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What notifications remember of the aldermen's meetings, from their events (one Kafka key per meeting, so in order):
 * the meeting ({@code notification_meeting}) and its invitees with their status
 * ({@code notification_meeting_invitee}).
 */
@Repository
class MeetingMemory {

    private final JdbcTemplate jdbc;

    MeetingMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting as the event tells it (a later sequence wins; events without one are sequence 0). */
    void rememberMeeting(JsonNode data) {
        jdbc.update("""
                insert into notification_meeting (meeting_id, title, starts_at, ends_at, place, online_url, programme,
                    sequence) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (meeting_id) do update set title = excluded.title, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, place = excluded.place, online_url = excluded.online_url,
                    programme = coalesce(excluded.programme, notification_meeting.programme),
                    sequence = greatest(notification_meeting.sequence, excluded.sequence)""",
                NotificationMemory.uuid(data, "meetingId"), data.path("title").asText(), ts(data, "startsAt"),
                ts(data, "endsAt"), text(data, "place"), text(data, "onlineUrl"), text(data, "programme"),
                data.path("sequence").asInt());
    }

    void cancel(UUID meetingId, int sequence) {
        jdbc.update("update notification_meeting set cancelled = true, sequence = ? where meeting_id = ?", sequence,
                meetingId);
    }

    Optional<MeetingCalendar.Entry> meeting(UUID meetingId) {
        return jdbc.query("select * from notification_meeting where meeting_id = ?",
                (row, n) -> new MeetingCalendar.Entry(meetingId, row.getString("title"),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                        row.getString("place"), row.getString("online_url"), row.getString("programme"),
                        row.getInt("sequence")), meetingId).stream().findFirst();
    }

    void invited(UUID invitationId, UUID meetingId, String name, String email) {
        jdbc.update("""
                insert into notification_meeting_invitee (invitation_id, meeting_id, name, email, status)
                values (?, ?, ?, ?, 'INVITED') on conflict (invitation_id) do update set name = excluded.name,
                    email = excluded.email""", invitationId, meetingId, name, email);
    }

    void registration(UUID invitationId, String name, String email, String status) {
        jdbc.update("update notification_meeting_invitee set name = ?, email = ?, status = ? where invitation_id = ?",
                name, email, status, invitationId);
    }

    void status(UUID invitationId, String status) {
        jdbc.update("update notification_meeting_invitee set status = ? where invitation_id = ?", status,
                invitationId);
    }

    /** The registered invitees, by address: {@code name} and {@code email}. */
    List<Map<String, Object>> registered(UUID meetingId) {
        return jdbc.queryForList("select name, email from notification_meeting_invitee "
                + "where meeting_id = ? and status = 'REGISTERED' order by email", meetingId);
    }

    /** Everyone the meeting concerns (invited, registered, waitlisted), by address: name, email and status. */
    List<Map<String, Object>> concerned(UUID meetingId) {
        return jdbc.queryForList("select name, email, status from "
                + "notification_meeting_invitee where meeting_id = ? and status in ('INVITED', 'REGISTERED', "
                + "'WAITLISTED') order by email", meetingId);
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static Timestamp ts(JsonNode data, String field) {
        return Timestamp.from(Instant.parse(data.path(field).asText()));
    }
}
