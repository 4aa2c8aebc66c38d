package nl.eentegeneenzaamheid.coalition.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.recruitment.internal.RecruitmentTexts.TEXTS;

/**
 * The end of recruitment: the municipality declares it complete (or its deadline passes), the coalition is assessed,
 * and when it is not ready staff decide to continue anyway, extend recruitment or stop.
 */
@Service
public class Recruitment {

    /**
     * The partners that accepted, how many kinds of organisation they are, and every partner with its status (one
     * per line, for staff).
     */
    public record Summary(int acceptedPartners, int acceptedPartnerTypes, String overview) {
    }

    private final Journeys journeys;
    private final Outbox outbox;
    private final RecruitmentWorkflow workflow;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Recruitment(Journeys journeys, Outbox outbox, RecruitmentWorkflow workflow, JdbcTemplate jdbc, Clock clock) {
        this.journeys = journeys;
        this.outbox = outbox;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The municipality declares its recruitment complete.
     *
     * @throws nl.eentegeneenzaamheid.coalition.journey.OnboardingInWrongStageException when it is not recruiting
     */
    @Transactional
    public void complete(UUID onboardingId, String actor) {
        close(onboardingId, actor, false);
        workflow.recruitmentCompleted(onboardingId);
    }

    /** The recruitment deadline passed. */
    @Transactional
    public void deadlinePassed(UUID onboardingId) {
        close(onboardingId, "system", true);
    }

    private void close(UUID onboardingId, String actor, boolean deadline) {
        Onboarding onboarding = journeys.advance(onboardingId, Stage.RECRUITMENT, Stage.READINESS_REVIEW);
        journeys.record(onboardingId, "recruitment-completed", TEXTS.text(deadline
                ? "journey.recruitment-deadline-passed" : "journey.recruitment-completed"), actor);
        outbox.append(new RecruitmentCompleted(onboardingId, onboarding.municipality().code(), actor, deadline,
                Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public Summary summary(UUID onboardingId) {
        List<String> lines = jdbc.query("""
                select organisation_name, partner_type, status from partner where onboarding_id = ?
                order by proposed_at, id""", (row, n) -> row.getString(1) + " (" + row.getString(2) + "): "
                + row.getString(3), onboardingId);
        return jdbc.queryForObject("""
                select count(*), count(distinct partner_type) from partner
                where onboarding_id = ? and status = 'ACCEPTED'""",
                (row, n) -> new Summary(row.getInt(1), row.getInt(2), String.join("\n", lines)), onboardingId);
    }

    /** Records the readiness decision; a ready coalition moves on to signing. */
    @Transactional
    public void assessed(UUID onboardingId, boolean ready, String reason) {
        Summary summary = summary(onboardingId);
        Onboarding onboarding = ready
                ? journeys.advance(onboardingId, Stage.READINESS_REVIEW, Stage.SIGNING)
                : journeys.requireStage(onboardingId, Stage.READINESS_REVIEW);
        journeys.record(onboardingId, "coalition-assessed", TEXTS.text(ready
                ? "journey.coalition-ready" : "journey.coalition-not-ready", Map.of("reason", String.valueOf(reason))),
                "system");
        outbox.append(new CoalitionAssessed(onboardingId, onboarding.municipality().code(), summary.acceptedPartners(),
                summary.acceptedPartnerTypes(), ready, reason, Instant.now(clock)));
    }

    /**
     * Staff's decision about a coalition that is not ready.
     *
     * @param note required to stop (the reason) or to extend (what the municipality should do)
     */
    @Transactional
    public void decide(UUID onboardingId, CoalitionDecision decision, String note, String staffMember) {
        Instant now = Instant.now(clock);
        switch (decision) {
            case CONTINUE -> {
                journeys.advance(onboardingId, Stage.READINESS_REVIEW, Stage.SIGNING);
                journeys.record(onboardingId, "coalition-continued", TEXTS.text("journey.coalition-continued",
                        Map.of("note", note == null || note.isBlank() ? "" : ": " + note.strip())), staffMember);
            }
            case EXTEND -> {
                String text = Texts.required(note, "Extending recruitment needs a note for the municipality");
                Onboarding onboarding = journeys.advance(onboardingId, Stage.READINESS_REVIEW, Stage.RECRUITMENT);
                journeys.record(onboardingId, "recruitment-extended", TEXTS.text("journey.recruitment-extended",
                        Map.of("note", text)), staffMember);
                outbox.append(new RecruitmentExtended(onboardingId, onboarding.municipality().code(), text,
                        staffMember, now));
            }
            case STOP -> {
                String text = Texts.required(note, "Stopping needs a reason the municipality can read");
                journeys.stop(onboardingId, Stage.READINESS_REVIEW, text, staffMember, TEXTS.text("journey.stopped",
                        Map.of("reason", text)));
            }
        }
    }
}
