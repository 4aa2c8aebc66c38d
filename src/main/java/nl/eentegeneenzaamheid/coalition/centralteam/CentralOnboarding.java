package nl.eentegeneenzaamheid.coalition.centralteam;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Documents;
import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central team's onboarding of a municipality that signed: adviser, kickoff, local plan, invitation to the
 * aldermen's meeting, and then it has joined.
 */
@Service
public class CentralOnboarding {

    static final int MAXIMUM_PLAN_BYTES = 20 * 1024 * 1024;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final TextBundle TEXTS = new TextBundle("messages/centralteam");

    private final Journeys journeys;
    private final Outbox outbox;
    private final CentralOnboardingWorkflow workflow;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Meetings meetings;

    public CentralOnboarding(Journeys journeys, Outbox outbox, CentralOnboardingWorkflow workflow, JdbcTemplate jdbc,
                             Clock clock, Meetings meetings) {
        this.journeys = journeys;
        this.outbox = outbox;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meetings = meetings;
    }

    @Transactional
    public void assignAdviser(UUID onboardingId, String adviser, String staffMember) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.ONBOARDING);
        String name = Texts.required(adviser, "Name the adviser");
        ensureRow(onboardingId);
        jdbc.update("update central_onboarding set adviser = ? where onboarding_id = ?", name, onboardingId);
        journeys.record(onboardingId, "adviser-assigned", TEXTS.text("journey.adviser-assigned",
                Map.of("name", name)), staffMember);
        outbox.append(new AdviserAssigned(onboardingId, code(onboarding), name, staffMember, Instant.now(clock)));
    }

    /**
     * Records the kickoff; returns whether the local plan is in already (then the journey does not wait for it). The
     * onboarding's row is locked for that answer, as {@link #receiveLocalPlan} locks it: a plan that comes at the same
     * moment is either seen here or finds the journey waiting for it, never neither.
     */
    @Transactional
    public boolean scheduleKickoff(UUID onboardingId, LocalDate on, String place, String staffMember) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.ONBOARDING);
        if (on == null) {
            throw new IllegalArgumentException("The kickoff needs a date");
        }
        String where = Texts.required(place, "The kickoff needs a place (or: online)");
        ensureRow(onboardingId);
        jdbc.update("update central_onboarding set kickoff_on = ?, kickoff_place = ? where onboarding_id = ?", on,
                where, onboardingId);
        journeys.record(onboardingId, "kickoff-scheduled", TEXTS.text("journey.kickoff-scheduled",
                Map.of("date", on, "place", where)), staffMember);
        outbox.append(new KickoffScheduled(onboardingId, code(onboarding), on, where, staffMember, Instant.now(clock)));
        return Boolean.TRUE.equals(jdbc.queryForObject("select local_plan_received_at is not null from "
                + "central_onboarding where onboarding_id = ? for update", Boolean.class, onboardingId));
    }

    /**
     * The municipality uploads its local plan (PDF or Word), or staff mark it received ({@code content} null).
     *
     * @throws LocalPlanAlreadyReceivedException when it was received before
     * @throws InvalidLocalPlanException         when the file is empty, too large or not a PDF or Word document
     */
    @Transactional
    public void receiveLocalPlan(UUID onboardingId, String filename, byte[] content, String actor) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.ONBOARDING);
        ensureRow(onboardingId);
        Boolean received = jdbc.queryForObject("select local_plan_received_at is not null from central_onboarding "
                + "where onboarding_id = ? for update", Boolean.class, onboardingId);
        if (Boolean.TRUE.equals(received)) {
            throw new LocalPlanAlreadyReceivedException();
        }
        String sha256 = null;
        String name = null;
        if (content != null) {
            if (content.length == 0 || content.length > MAXIMUM_PLAN_BYTES) {
                throw new InvalidLocalPlanException("The local plan must be a file of at most 20 MB");
            }
            Documents.Kind kind = Documents.identify(content).filter(k -> k == Documents.Kind.PDF
                    || k == Documents.Kind.WORD).orElseThrow(() -> new InvalidLocalPlanException("The local plan "
                    + "must be a PDF or Word (.docx) document that opens (this one is another kind of file, or "
                    + "damaged)"));
            try {
                name = Documents.filename(filename, kind, kind == Documents.Kind.PDF ? "lokaal-plan.pdf"
                        : "lokaal-plan.docx");
            } catch (IllegalArgumentException e) {
                throw new InvalidLocalPlanException(e.getMessage());
            }
            sha256 = Digests.sha256(content);
        }
        Instant now = Instant.now(clock);
        jdbc.update("""
                update central_onboarding set local_plan = ?, local_plan_filename = ?, local_plan_sha256 = ?,
                    local_plan_received_at = ?, local_plan_received_by = ? where onboarding_id = ?""",
                content, name, sha256, Timestamp.from(now), actor, onboardingId);
        journeys.record(onboardingId, "local-plan-received", content == null
                ? TEXTS.text("journey.local-plan-marked")
                : TEXTS.text("journey.local-plan-received", Map.of("filename", String.valueOf(name))), actor);
        outbox.append(new LocalPlanReceived(onboardingId, code(onboarding), sha256, actor, now));
        workflow.localPlanReceived(onboardingId);
    }

    /** A month without a local plan: remind the municipality. Does nothing once it is in. */
    @Transactional
    public void remindLocalPlan(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        Boolean received = jdbc.query("select local_plan_received_at is not null from central_onboarding "
                + "where onboarding_id = ?", (row, n) -> row.getBoolean(1), onboardingId).stream().findFirst()
                .orElse(false);
        if (received) {
            return;
        }
        journeys.record(onboardingId, "local-plan-reminded", TEXTS.text("journey.local-plan-reminded"),
                "system");
        outbox.append(new LocalPlanReminded(onboardingId, code(onboarding), Instant.now(clock)));
    }

    /**
     * Invites the alderman to the next scheduled aldermen's meeting that includes the municipality. Returns false when
     * none is scheduled: the journey then waits, and goes on once staff schedule one.
     */
    @Transactional
    public boolean inviteAlderman(UUID onboardingId, String actor) {
        Onboarding onboarding = journeys.requireStage(onboardingId, Stage.ONBOARDING);
        Optional<MeetingViews.JourneyInvitation> invitation = meetings.inviteForJourney(onboardingId);
        ensureRow(onboardingId);
        if (invitation.isEmpty()) {
            Boolean waitedBefore = jdbc.queryForObject("select alderman_waiting_since is not null from "
                    + "central_onboarding where onboarding_id = ?", Boolean.class, onboardingId);
            if (!Boolean.TRUE.equals(waitedBefore)) {
                jdbc.update("update central_onboarding set alderman_waiting_since = ? where onboarding_id = ?",
                        Timestamp.from(Instant.now(clock)), onboardingId);
                journeys.record(onboardingId, "alderman-waiting", TEXTS.text("journey.alderman-waiting"),
                        actor);
            }
            return false;
        }
        MeetingViews.JourneyInvitation meeting = invitation.get();
        Instant now = Instant.now(clock);
        LocalDate on = meeting.startsAt().atZone(NETHERLANDS).toLocalDate();
        jdbc.update("""
                update central_onboarding set meeting_id = ?, meeting_on = ?, meeting_place = ?, alderman_invited_at = ?
                where onboarding_id = ?""", meeting.meetingId(), on, meeting.place(), Timestamp.from(now),
                onboardingId);
        journeys.record(onboardingId, "alderman-invited", TEXTS.text("journey.alderman-invited",
                Map.of("title", meeting.title(), "date", on, "place", String.valueOf(meeting.place()))), actor);
        outbox.append(new AldermanInvited(onboardingId, code(onboarding), on, meeting.place(), actor, now,
                meeting.meetingId(), meeting.invitationId()));
        return true;
    }

    /** The municipality has joined. */
    @Transactional
    public void complete(UUID onboardingId) {
        Onboarding onboarding = journeys.advance(onboardingId, Stage.ONBOARDING, Stage.JOINED);
        Instant now = Instant.now(clock);
        String adviser = jdbc.queryForObject("select adviser from central_onboarding where onboarding_id = ?",
                String.class, onboardingId);
        jdbc.update("update central_onboarding set completed_at = ? where onboarding_id = ?", Timestamp.from(now),
                onboardingId);
        journeys.record(onboardingId, "onboarding-completed", TEXTS.text("journey.onboarding-completed",
                Map.of("municipality", onboarding.municipality().name())), "system");
        outbox.append(new OnboardingCompleted(onboardingId, code(onboarding), adviser, now));
    }

    private void ensureRow(UUID onboardingId) {
        jdbc.update("insert into central_onboarding (onboarding_id) values (?) on conflict do nothing", onboardingId);
    }

    private static String code(Onboarding onboarding) {
        return onboarding.municipality().code();
    }
}
