package nl.eentegeneenzaamheid.coalition.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aldermen's meetings' mails (docs/notifications.md): invitations with the personal link, confirmations, the
 * waiting list, reminders, moves and cancellations, each with the meeting's calendar file where a calendar should
 * change, and the invitation to declare an intent after a meeting. What it needs it remembers from the meeting's
 * events, which share one Kafka key and so arrive in order.
 */
@Component
class MeetingNotifications {

    private static final Logger log = LoggerFactory.getLogger(MeetingNotifications.class);
    static final String TEMPLATE = "meeting";

    private final JdbcTemplate jdbc;
    private final SecretHandover handover;
    private final NotificationsProperties properties;
    private final String publicUrl;

    MeetingNotifications(JdbcTemplate jdbc, SecretHandover handover, NotificationsProperties properties,
                         @Value("${coalition.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.handover = handover;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    /** Whether the event is one of the meetings'. */
    static boolean handles(String name) {
        return name.startsWith("meeting-") || name.startsWith("registration-") || name.startsWith("waitlist-")
                || name.startsWith("attendance-");
    }

    /** Remembers what later mails need, and returns this event's mails. */
    void mails(String name, JsonNode data, UUID secret, List<Notification> mails) {
        switch (name) {
            case "meeting-scheduled.v1" -> rememberMeeting(data);
            case "meeting-rescheduled.v1" -> {
                rememberMeeting(data);
                everyone(data, "De wethoudersbijeenkomst is verplaatst", false, mails, List.of(
                        "De bijeenkomst \u201c" + data.path("title").asText() + "\u201d is gewijzigd. Dit zijn de "
                                + "nieuwe gegevens." + reason(data)));
            }
            case "meeting-cancelled.v1" -> {
                jdbc.update("update notification_meeting set cancelled = true, sequence = ? where meeting_id = ?",
                        data.path("sequence").asInt(), uuid(data, "meetingId"));
                everyone(data, "Geannuleerd: de wethoudersbijeenkomst gaat niet door", true, mails, List.of(
                        "De bijeenkomst \u201c" + data.path("title").asText() + "\u201d gaat helaas niet door."
                                + reason(data), "Het agenda-bestand in de bijlage haalt de bijeenkomst uit uw "
                                + "agenda."));
            }
            case "meeting-invitation-sent.v1" -> invitation(data, secret, mails);
            case "registration-received.v1" -> registration(data, mails);
            case "registration-cancelled.v1" -> {
                status(data, "CANCELLED");
                one(data, "U bent afgemeld voor de wethoudersbijeenkomst", true, false, mails, List.of(
                        "U bent afgemeld. Jammer dat u er niet bij kunt zijn; uw plaats gaat naar wie op de "
                                + "wachtlijst staat.", "Toch komen? Meld u opnieuw aan via de link uit de "
                                + "uitnodiging, zolang de bijeenkomst niet is begonnen."));
            }
            case "waitlist-promoted.v1" -> {
                status(data, "REGISTERED");
                one(data, "Er is plaats: u bent aangemeld voor de wethoudersbijeenkomst", false, true, mails,
                        List.of("Goed nieuws: er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu "
                                + "aangemeld. Kunt u toch niet? Meld u dan af via de link uit de uitnodiging."));
            }
            case "meeting-reminded.v1" -> reminder(data, mails);
            case "meeting-follow-up-created.v1" -> {
                if ("INTENT_INVITATION".equals(data.path("kind").asText())) {
                    intentInvitation(data, mails);
                }
            }
            default -> {
                // meeting-held, attendance-recorded: nothing to mail
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The meeting as the event tells it (a later sequence wins; events without one are sequence 0). */
    private void rememberMeeting(JsonNode data) {
        UUID meetingId = uuid(data, "meetingId");
        jdbc.update("""
                insert into notification_meeting (meeting_id, title, starts_at, ends_at, place, online_url, programme,
                    sequence) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (meeting_id) do update set title = excluded.title, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, place = excluded.place, online_url = excluded.online_url,
                    programme = coalesce(excluded.programme, notification_meeting.programme),
                    sequence = greatest(notification_meeting.sequence, excluded.sequence)""", meetingId,
                data.path("title").asText(), ts(data, "startsAt"), ts(data, "endsAt"), text(data, "place"),
                text(data, "onlineUrl"), text(data, "programme"), data.path("sequence").asInt());
    }

    private Optional<MeetingCalendar.Entry> meeting(UUID meetingId) {
        return jdbc.query("select * from notification_meeting where meeting_id = ?",
                (row, n) -> new MeetingCalendar.Entry(meetingId, row.getString("title"),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                        row.getString("place"), row.getString("online_url"), row.getString("programme"),
                        row.getInt("sequence")), meetingId).stream().findFirst();
    }

    private void invitation(JsonNode data, UUID secret, List<Notification> mails) {
        UUID meetingId = uuid(data, "meetingId");
        // the invitation carries the meeting as it is now: enough even when its MeetingScheduled was not seen
        rememberMeeting(data);
        jdbc.update("""
                insert into notification_meeting_invitee (invitation_id, meeting_id, name, email, status)
                values (?, ?, ?, ?, 'INVITED') on conflict (invitation_id) do update set name = excluded.name,
                    email = excluded.email""", uuid(data, "invitationId"), meetingId,
                data.path("inviteeName").asText(), data.path("inviteeEmail").asText());
        Optional<String> token = secret == null ? Optional.empty() : handover.read(secret, Meetings.LINK_PURPOSE);
        if (token.isEmpty()) {
            log.warn("The link for meeting invitation {} is no longer in the hand-over (expired or sent): not mailed",
                    data.path("invitationId").asText());
            return;
        }
        MeetingCalendar.Entry entry = meeting(meetingId).orElseThrow();
        String link = publicUrl + "/bijeenkomst/" + meetingId + "/" + token.get();
        String name = data.path("inviteeName").asText();
        String municipality = data.path("municipalityName").asText();
        List<String> intro = "DELEGATED".equals(data.path("source").asText())
                ? List.of(data.path("delegatedBy").asText() + " heeft u namens " + municipality + " in zijn of haar "
                + "plaats aangemeld voor de wethoudersbijeenkomst. Welkom! Met de link hieronder kunt u zich ook "
                + "afmelden of zelf een collega sturen.")
                : List.of("Als wethouder van " + municipality + " bent u van harte uitgenodigd voor de "
                + "wethoudersbijeenkomst \u201c" + entry.title() + "\u201d. U ontmoet collega-wethouders, "
                + "landelijke organisaties en partners van de nationale coalitie tegen eenzaamheid, en wisselt "
                + "ervaringen uit over een lokale aanpak die werkt.", "Het aantal plaatsen is beperkt: wie zich "
                + "aanmeldt als de bijeenkomst vol is, komt op de wachtlijst.");
        Map<String, Object> model = model(entry, name, intro);
        model.put("hosts", text(data, "hosts"));
        model.put("link", link);
        model.put("calendar", true);
        mails.add(new Notification(data.path("inviteeEmail").asText(), TEMPLATE,
                ("DELEGATED".equals(data.path("source").asText()) ? "U bent aangemeld: " : "Uitnodiging: ")
                        + entry.title() + " (" + Texts.moment(entry.startsAt()) + ")", model,
                MeetingCalendar.file(entry, properties.staffAddress(), name, data.path("inviteeEmail").asText(),
                        false, "DELEGATED".equals(data.path("source").asText()))));
    }

    private void registration(JsonNode data, List<Notification> mails) {
        String status = data.path("status").asText();
        jdbc.update("update notification_meeting_invitee set name = ?, email = ?, status = ? where invitation_id = ?",
                data.path("attendeeName").asText(), data.path("attendeeEmail").asText(), status,
                uuid(data, "invitationId"));
        switch (status) {
            case "REGISTERED" -> one(data, "Bevestiging: u bent aangemeld voor de wethoudersbijeenkomst", false, true,
                    mails, List.of("Dank u wel voor uw aanmelding. Wij zien u graag op de bijeenkomst.",
                            "Kunt u toch niet? Meld u af of stuur een collega via de link uit de uitnodiging."));
            case "WAITLISTED" -> one(data, "U staat op de wachtlijst voor de wethoudersbijeenkomst", false, false,
                    mails, List.of("Dank u wel voor uw aanmelding. De bijeenkomst is helaas vol: u staat op de "
                            + "wachtlijst, op plaats " + data.path("waitlistPosition").asInt() + ".", "Komt er "
                            + "een plaats vrij, dan bent u automatisch aangemeld en krijgt u bericht, met het "
                            + "agenda-bestand."));
            default -> {
                // a decline needs no mail
            }
        }
    }

    private void reminder(JsonNode data, List<Notification> mails) {
        UUID meetingId = uuid(data, "meetingId");
        Optional<MeetingCalendar.Entry> entry = meeting(meetingId);
        if (entry.isEmpty()) {
            return;
        }
        String when = "WEEK".equals(data.path("reminder").asText()) ? "over een week" : "morgen";
        for (Map<String, Object> invitee : jdbc.queryForList("select name, email from notification_meeting_invitee "
                + "where meeting_id = ? and status = 'REGISTERED' order by email", meetingId)) {
            Map<String, Object> model = model(entry.get(), (String) invitee.get("name"), List.of("Herinnering: "
                    + when + " is de wethoudersbijeenkomst waarvoor u bent aangemeld. Kunt u toch niet? Meld u "
                    + "dan af via de link uit de uitnodiging, dan gaat uw plaats naar wie op de wachtlijst staat."));
            mails.add(Notification.of((String) invitee.get("email"), TEMPLATE, "Herinnering: " + entry.get().title()
                    + " " + when, model));
        }
    }

    private void intentInvitation(JsonNode data, List<Notification> mails) {
        String municipality = data.path("municipalityName").asText();
        Map<String, Object> model = new HashMap<>();
        model.put("name", data.path("attendeeName").asText());
        model.put("intro", List.of("Dank u wel dat u namens " + municipality + " op de wethoudersbijeenkomst was.",
                "Wilt u met uw gemeente ook een lokale coalitie tegen eenzaamheid vormen? Verklaar dan de intentie "
                        + "van " + municipality + ": uw gemeente meldt die aan bij het programma via "
                        + publicUrl + "/swagger-ui.html (POST /api/v1/intents), of u antwoordt op deze e-mail en wij "
                        + "helpen u verder.", "Het programmateam ondersteunt u met een adviseur, een kick-off en "
                        + "voorbeelden van gemeenten die u voorgingen."));
        model.put("calendar", false);
        mails.add(new Notification(data.path("attendeeEmail").asText(), TEMPLATE,
                "Uitnodiging: vorm een lokale coalitie tegen eenzaamheid in " + municipality, model, null));
    }

    /** A mail to the invitation's attendee about their registration. */
    private void one(JsonNode data, String subject, boolean cancel, boolean calendar, List<Notification> mails,
                     List<String> intro) {
        Optional<MeetingCalendar.Entry> entry = meeting(uuid(data, "meetingId"));
        if (entry.isEmpty()) {
            log.warn("Meeting {} unknown to notifications: {} not mailed", data.path("meetingId").asText(), subject);
            return;
        }
        String name = data.path("attendeeName").asText();
        String email = data.path("attendeeEmail").asText();
        Map<String, Object> model = model(entry.get(), name, intro);
        model.put("calendar", calendar || cancel);
        mails.add(new Notification(email, TEMPLATE, subject, model, calendar || cancel
                ? MeetingCalendar.file(entry.get(), properties.staffAddress(), name, email, cancel, true)
                : null));
    }

    /** A mail to everyone the meeting concerns: invited, registered, waitlisted (not who declined or cancelled). */
    private void everyone(JsonNode data, String subject, boolean cancel, List<Notification> mails,
                          List<String> intro) {
        UUID meetingId = uuid(data, "meetingId");
        Optional<MeetingCalendar.Entry> entry = meeting(meetingId);
        if (entry.isEmpty()) {
            return;
        }
        for (Map<String, Object> invitee : jdbc.queryForList("select name, email, status from "
                + "notification_meeting_invitee where meeting_id = ? and status in ('INVITED', 'REGISTERED', "
                + "'WAITLISTED') order by email", meetingId)) {
            String name = (String) invitee.get("name");
            String email = (String) invitee.get("email");
            Map<String, Object> model = model(entry.get(), name, intro);
            model.put("calendar", true);
            mails.add(new Notification(email, TEMPLATE, subject + " (" + entry.get().title() + ")", model,
                    MeetingCalendar.file(entry.get(), properties.staffAddress(), name, email, cancel,
                            "REGISTERED".equals(invitee.get("status")))));
        }
    }

    private Map<String, Object> model(MeetingCalendar.Entry entry, String name, List<String> intro) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("intro", intro);
        model.put("title", entry.title());
        model.put("when", Texts.period(entry.startsAt(), entry.endsAt()));
        model.put("place", entry.place());
        model.put("onlineUrl", entry.onlineUrl());
        model.put("programme", entry.programme());
        model.put("calendar", false);
        return model;
    }

    private void status(JsonNode data, String status) {
        jdbc.update("update notification_meeting_invitee set status = ? where invitation_id = ?", status,
                uuid(data, "invitationId"));
    }

    private static String reason(JsonNode data) {
        String reason = text(data, "reason");
        return reason == null ? "" : " Reden: " + reason;
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static Timestamp ts(JsonNode data, String field) {
        return Timestamp.from(Instant.parse(data.path(field).asText()));
    }

    private static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }
}
