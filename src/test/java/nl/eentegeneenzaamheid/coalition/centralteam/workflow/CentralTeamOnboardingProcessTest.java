package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import static nl.eentegeneenzaamheid.coalition.centralteam.workflow.CentralTeamSteps.aldermanInvitedWillBe;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code central-team-onboarding}, the central team's part of the journey, on an engine of its own: the BPMN, its
 * forms and the central team's workflow adapter as they are; the delegates mocked, the ones whose results the process
 * reads answering as the real ones would (what they do is tested with the module: {@code LocalPlanIntegrationTest}).
 * Started as {@code municipality-onboarding} calls it once the agreement is signed, with the onboarding id as business
 * key; the aldermen's meeting that lets a waiting journey go on is correlated by business key as {@code meetings} does.
 */
class CentralTeamOnboardingProcessTest {

    static final JavaDelegate recordAdviser = mock(JavaDelegate.class);
    static final JavaDelegate recordKickoff = mock(JavaDelegate.class);
    static final JavaDelegate localPlanReminder = mock(JavaDelegate.class);
    static final JavaDelegate inviteAlderman = mock(JavaDelegate.class);
    static final JavaDelegate completeOnboarding = mock(JavaDelegate.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "workflows/central-team-onboarding.bpmn", "workflows/forms/assign-adviser.form",
                    "workflows/forms/schedule-kickoff.form")
            .with("recordAdviserDelegate", recordAdviser)
            .with("recordKickoffDelegate", recordKickoff)
            .with("localPlanReminderDelegate", localPlanReminder)
            .with("recordAldermanInvitationDelegate", inviteAlderman)
            .with("completeOnboardingDelegate", completeOnboarding)
            .resetting(recordAdviser, recordKickoff, localPlanReminder, inviteAlderman, completeOnboarding)
            .covering(CentralOnboardingProcess.KEY);

    @Test
    void the_central_team_onboards_a_signed_municipality_and_it_joins_at_the_next_aldermens_meeting()
            throws Exception {
        ProcessInstance onboarding = process.startCalled(CentralOnboardingProcess.KEY, "Heerlen");

        Task adviser = process.task(onboarding, CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
        assertThat(adviser).hasName("Wijs adviseur toe aan Heerlen")
                .hasCandidateGroup(CentralOnboardingProcess.GROUP_ADVISORS);
        process.tasks().complete(adviser.getId(), withVariables(CentralOnboardingProcess.VAR_ADVISER, "Bram"));
        Task kickoff = process.task(onboarding, CentralOnboardingProcess.TASK_SCHEDULE_KICKOFF);
        assertThat(kickoff).hasName("Plan kick-off met Heerlen")
                .hasCandidateGroup(CentralOnboardingProcess.GROUP_ADVISORS);
        process.tasks().complete(kickoff.getId());
        assertThat(onboarding).hasPassed(CentralOnboardingProcess.TASK_RECORD_ADVISER,
                CentralOnboardingProcess.TASK_RECORD_KICKOFF)
                .isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        Instant kickedOff = Instant.now();
        for (int month = 1; month <= 3; month++) {
            // the cycle counts from its start: the engine's clock moves to each month's due date
            ClockUtil.setCurrentTime(Date.from(kickedOff.plus(Duration.ofDays(30L * month)).plusSeconds(60)));
            Timers.fire(process.engine(), onboarding, CentralOnboardingProcess.TIMER_LOCAL_PLAN_REMINDER);
        }
        verify(localPlanReminder, times(3)).execute(any());
        Assertions.assertThat(process.jobs(onboarding)).as("three reminders, then none").isZero();
        assertThat(onboarding).hasPassed(CentralOnboardingProcess.END_LOCAL_PLAN_REMINDED)
                .isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        aldermanInvitedWillBe(inviteAlderman, false);
        new CamundaCentralOnboardingWorkflow(process.runtime())
                .localPlanReceived(UUID.fromString(onboarding.getBusinessKey()));
        assertThat(onboarding).hasPassed(CentralOnboardingProcess.TASK_INVITE_ALDERMAN)
                .isWaitingAt(CentralOnboardingProcess.WAIT_FOR_MEETING);
        verify(completeOnboarding, never()).execute(any());

        aldermanInvitedWillBe(inviteAlderman, true);
        process.runtime().createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_AVAILABLE)
                .processInstanceBusinessKey(onboarding.getBusinessKey()).correlateAll();
        assertThat(onboarding).isEnded().hasPassed(CentralOnboardingProcess.TASK_COMPLETE,
                CentralOnboardingProcess.END_JOINED);
        verify(inviteAlderman, times(2)).execute(any());
        verify(completeOnboarding).execute(any());
    }

    @Test
    void a_local_plan_that_came_before_the_kickoff_is_not_waited_for() throws Exception {
        ProcessInstance onboarding = process.startCalled(CentralOnboardingProcess.KEY, "Brunssum");
        doAnswer(invocation -> {
            ((DelegateExecution) invocation.getArgument(0))
                    .setVariable(CentralOnboardingProcess.VAR_LOCAL_PLAN_RECEIVED, true);
            return null;
        }).when(recordKickoff).execute(any());
        aldermanInvitedWillBe(inviteAlderman, true);

        process.tasks().complete(process.task(onboarding, CentralOnboardingProcess.TASK_ASSIGN_ADVISER).getId());
        process.tasks().complete(process.task(onboarding, CentralOnboardingProcess.TASK_SCHEDULE_KICKOFF).getId());

        assertThat(onboarding).isEnded().hasPassed(CentralOnboardingProcess.GATEWAY_LOCAL_PLAN_IN,
                CentralOnboardingProcess.TASK_INVITE_ALDERMAN, CentralOnboardingProcess.END_JOINED)
                .hasNotPassed(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);
    }

    @Test
    void a_plan_uploaded_while_nothing_waits_for_it_correlates_nothing() {
        ProcessInstance onboarding = process.startCalled(CentralOnboardingProcess.KEY, "Kerkrade");

        new CamundaCentralOnboardingWorkflow(process.runtime())
                .localPlanReceived(UUID.fromString(onboarding.getBusinessKey()));

        assertThat(onboarding).isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
    }
}
