package nl.eentegeneenzaamheid.coalition.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.dashboard.DashboardTexts.TEXTS;

/**
 * Applies one domain event (a CloudEvent as published) to the dashboard's tables, once: the event's id is recorded in
 * the same transaction, so a redelivered event changes nothing. Types the dashboard does not use are recorded and
 * counted, never fatal.
 */
@Service
public class DashboardProjection {

    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";
    /** Which event moves an onboarding to which stage. */
    static final Map<String, String> STAGES = Map.ofEntries(
            Map.entry("intent-registered.v1", "INTENT_REVIEW"),
            Map.entry("information-requested.v1", "INFORMATION_REQUESTED"),
            Map.entry("information-provided.v1", "INTENT_REVIEW"),
            Map.entry("intent-approved.v1", "RECRUITMENT"),
            Map.entry("intent-rejected.v1", "REJECTED"),
            Map.entry("recruitment-completed.v1", "READINESS_REVIEW"),
            Map.entry("recruitment-extended.v1", "RECRUITMENT"),
            Map.entry("signing-started.v1", "SIGNING"),
            Map.entry("signing-completed.v1", "ONBOARDING"),
            Map.entry("onboarding-completed.v1", "JOINED"),
            Map.entry("onboarding-stopped.v1", "STOPPED"));
    /** The milestones the feed shows, as a sentence about the municipality: the event type and its text's key. */
    static final Map<String, String> MILESTONES = Map.of(
            "intent-registered.v1", "milestone.intent-registered",
            "intent-approved.v1", "milestone.intent-approved",
            "signing-started.v1", "milestone.signing-started",
            "signing-completed.v1", "milestone.signing-completed",
            "onboarding-completed.v1", "milestone.onboarding-completed");

    private final JdbcTemplate jdbc;
    private final Municipalities municipalities;
    private final Counter applied;
    private final Counter skipped;

    DashboardProjection(JdbcTemplate jdbc, Municipalities municipalities, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.applied = Counter.builder("coalition.dashboard.events.applied")
                .description("Events the dashboard applied").register(meters);
        this.skipped = Counter.builder("coalition.dashboard.events.skipped")
                .description("Events the dashboard did not use: unknown types, redeliveries").register(meters);
    }

    /** Applies the event; returns false when it was applied before or is of no use to the dashboard. */
    @Transactional
    public boolean apply(JsonNode event) {
        String id = event.path("id").asText(null);
        String type = event.path("type").asText("");
        if (id == null || !type.startsWith(PREFIX)) {
            skipped.increment();
            return false;
        }
        int fresh = jdbc.update("insert into dashboard_applied_event (event_id, applied_at) values (?, now()) "
                + "on conflict do nothing", id);
        if (fresh == 0) {
            skipped.increment();
            return false;
        }
        String name = type.substring(PREFIX.length());
        JsonNode data = event.path("data");
        Instant time = Instant.parse(event.path("time").asText());
        String code = data.path("municipalityCode").asText(event.path("subject").asText());
        boolean used = false;
        if (STAGES.containsKey(name) && data.hasNonNull("onboardingId")) {
            moveTo(UUID.fromString(data.get("onboardingId").asText()), code, STAGES.get(name), time);
            used = true;
        }
        if (MILESTONES.containsKey(name)) {
            String municipality = municipalities.find(code).map(Municipality::name).orElse(code);
            jdbc.update("insert into dashboard_milestone (event_id, occurred_at, municipality_code, text) "
                    + "values (?, ?, ?, ?) on conflict do nothing", id, Timestamp.from(time), code,
                    TEXTS.text(MILESTONES.get(name), Map.of("municipality", municipality)));
            used = true;
        }
        used |= partners(name, data, code);
        used |= meetings(name, data);
        if ("signature-recorded.v1".equals(name) || "signing-completed.v1".equals(name)) {
            jdbc.update("insert into dashboard_signature (event_id, kind, signed_at) values (?, ?, ?) "
                    + "on conflict do nothing", id, "signature-recorded.v1".equals(name) ? "SIGNATURE" : "AGREEMENT",
                    Timestamp.from(time));
            used = true;
        }
        if (used) {
            applied.increment();
        } else {
            skipped.increment();
        }
        return used;
    }

    private void moveTo(UUID onboardingId, String code, String stage, Instant time) {
        int updated = jdbc.update("update dashboard_onboarding set stage = ?, stage_since = ? where onboarding_id = ? "
                + "and stage <> ?", stage, Timestamp.from(time), onboardingId, stage);
        if (updated == 0) {
            int inserted = jdbc.update("""
                    insert into dashboard_onboarding (onboarding_id, municipality_code, stage, stage_since, started_at)
                    values (?, ?, ?, ?, ?) on conflict do nothing""", onboardingId, code, stage, Timestamp.from(time),
                    Timestamp.from(time));
            if (inserted == 0) {
                return; // already in that stage
            }
        }
        jdbc.update("update dashboard_stage_visit set left_at = ? where onboarding_id = ? and left_at is null",
                Timestamp.from(time), onboardingId);
        jdbc.update("insert into dashboard_stage_visit (onboarding_id, stage, entered_at) values (?, ?, ?) "
                + "on conflict do nothing", onboardingId, stage, Timestamp.from(time));
    }

    private boolean partners(String name, JsonNode data, String code) {
        if ("partner-proposed.v1".equals(name)) {
            jdbc.update("insert into dashboard_partner (partner_id, municipality_code, partner_type, status) "
                    + "values (?, ?, ?, 'PROPOSED') on conflict do nothing",
                    UUID.fromString(data.path("partnerId").asText()), code, data.path("partnerType").asText());
            return true;
        }
        String status = switch (name) {
            case "partner-accepted.v1" -> "ACCEPTED";
            case "partner-declined.v1" -> "DECLINED";
            case "partner-invitation-expired.v1" -> "EXPIRED";
            case "partner-invitation-withdrawn.v1" -> "WITHDRAWN";
            default -> null;
        };
        if (status == null || !data.hasNonNull("partnerId")) {
            return false;
        }
        jdbc.update("update dashboard_partner set status = ? where partner_id = ?", status,
                UUID.fromString(data.get("partnerId").asText()));
        return true;
    }

    /** Upcoming aldermen's meetings: registrations against capacity, from the counts each event carries. */
    private boolean meetings(String name, JsonNode data) {
        if (!data.hasNonNull("meetingId")) {
            return false;
        }
        UUID meetingId = UUID.fromString(data.get("meetingId").asText());
        switch (name) {
            case "meeting-scheduled.v1" -> jdbc.update("""
                    insert into dashboard_meeting (meeting_id, title, starts_at, place, capacity, status)
                    values (?, ?, ?, ?, ?, 'SCHEDULED') on conflict do nothing""", meetingId,
                    data.path("title").asText(), Timestamp.from(Instant.parse(data.path("startsAt").asText())),
                    where(data), data.path("capacity").asInt());
            case "meeting-rescheduled.v1" -> jdbc.update("""
                    update dashboard_meeting set starts_at = ?, place = ?, capacity = ? where meeting_id = ?""",
                    Timestamp.from(Instant.parse(data.path("startsAt").asText())), where(data),
                    data.path("capacity").asInt(), meetingId);
            case "meeting-cancelled.v1" -> jdbc.update("update dashboard_meeting set status = 'CANCELLED' "
                    + "where meeting_id = ?", meetingId);
            case "meeting-held.v1" -> jdbc.update("update dashboard_meeting set status = 'HELD' where meeting_id = ?",
                    meetingId);
            case "meeting-invitation-sent.v1" -> {
                if (!"DELEGATED".equals(data.path("source").asText())) {
                    jdbc.update("update dashboard_meeting set invited = invited + 1 where meeting_id = ?", meetingId);
                }
            }
            case "registration-received.v1", "registration-cancelled.v1", "waitlist-promoted.v1" -> jdbc.update(
                    "update dashboard_meeting set registered = ?, waitlisted = ? where meeting_id = ?",
                    data.path("registered").asInt(), data.path("waitlisted").asInt(), meetingId);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String where(JsonNode data) {
        JsonNode place = data.path("place");
        return place.isNull() || place.asText("").isBlank() ? "online" : place.asText();
    }

    /** Empties the read model, before it is read again from the beginning of the topic. */
    @Transactional
    public void clear() {
        jdbc.execute("truncate dashboard_applied_event, dashboard_onboarding, dashboard_stage_visit, "
                + "dashboard_partner, dashboard_signature, dashboard_milestone, dashboard_meeting");
    }
}
