package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wait for a meeting is durable: a journey still waiting although a meeting that includes it was committed (the
 * node died before the after-commit reaction, or the journey's step failed) is let go by the sweep.
 */
@IntegrationTest
class WaitingJourneysIntegrationTest {

    static final String PROBE = "waiting-for-a-meeting-probe";

    @Autowired WaitingJourneys waitingJourneys;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;

    @Test
    void a_journey_left_waiting_after_a_meeting_was_committed_is_let_go_by_the_sweep() {
        // a process waiting, as the journey's wait-for-meeting does, for the message under the journey's business key
        engine.getRepositoryService().createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
                Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
                        .receiveTask("wait-for-meeting").message(MeetingProcess.MESSAGE_MEETING_AVAILABLE).endEvent()
                        .done()).deploy();
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance journey = engine.getRuntimeService().startProcessInstanceByKey(PROBE, onboardingId.toString());
        String code = new TestMunicipalities(jdbc).unused();
        jdbc.update("insert into meeting_waiting_onboarding (onboarding_id, municipality_code, waiting_since) "
                + "values (?, ?, ?)", onboardingId, code, Timestamp.from(Instant.now()));
        // the meeting's row as its transaction committed it, without the reaction that would have followed
        UUID meetingId = UUID.randomUUID();
        Instant start = Instant.now().plus(Duration.ofDays(30));
        jdbc.update("""
                insert into meeting (id, title, starts_at, ends_at, place, capacity, audience, provinces, status,
                    sequence, scheduled_by, scheduled_at) values (?, 'Na een crash', ?, ?, 'Assen', 10, ?, ?,
                    'SCHEDULED', 0, 'anna', ?)""", meetingId, Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofHours(2))), Audience.PROVINCES.name(),
                TestMunicipalities.provinceOf(code), Timestamp.from(Instant.now()));
        try {
            assertThat(waiting(onboardingId)).isNotEmpty();

            waitingJourneys.sweep();

            assertThat(waiting(onboardingId)).as("the journey was told and no longer waits").isEmpty();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(journey.getId()).count()).as("the journey's process went on").isZero();
        } finally {
            // no other test's journey is to be invited to this meeting
            jdbc.update("update meeting set status = 'CANCELLED' where id = ?", meetingId);
        }
    }

    private List<UUID> waiting(UUID onboardingId) {
        return jdbc.queryForList("select onboarding_id from meeting_waiting_onboarding where onboarding_id = ?",
                UUID.class, onboardingId);
    }
}
