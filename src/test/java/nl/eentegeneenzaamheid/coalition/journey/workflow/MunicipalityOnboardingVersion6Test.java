package nl.eentegeneenzaamheid.coalition.journey.workflow;

import static nl.eentegeneenzaamheid.coalition.centralteam.workflow.CentralTeamSteps.aldermanInvitedWillBe;
import static nl.eentegeneenzaamheid.coalition.intake.workflow.IntakeSteps.review;
import static nl.eentegeneenzaamheid.coalition.recruitment.workflow.RecruitmentSteps.decide;
import static nl.eentegeneenzaamheid.coalition.recruitment.workflow.RecruitmentSteps.partnersWillBe;
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
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Journeys that started before version 7 finish on version 6 (docs/decisions/0009-module-owned-processes.md): the
 * version-6 {@code municipality-onboarding} (every part inline, kept as a test resource exactly as it was deployed)
 * runs with today's delegate names, variables, messages and called {@code coalition-signing} to every one of its ends.
 * Its delegates are mocks, the ones whose results the process reads answering as the real ones would; the called
 * {@code coalition-signing} is stood in for by a one-task process that ends with the outcome the test gives. Delete
 * this test with the resource once no version-6 instance runs in production.
 */
class MunicipalityOnboardingVersion6Test {

    static final JavaDelegate recordReview = mock(JavaDelegate.class);
    static final JavaDelegate informationReminder = mock(JavaDelegate.class);
    static final JavaDelegate countPartners = mock(JavaDelegate.class);
    static final JavaDelegate recordAssessment = mock(JavaDelegate.class);
    static final JavaDelegate recruitmentDeadline = mock(JavaDelegate.class);
    static final JavaDelegate recordCoalitionDecision = mock(JavaDelegate.class);
    static final JavaDelegate recordAdviser = mock(JavaDelegate.class);
    static final JavaDelegate recordKickoff = mock(JavaDelegate.class);
    static final JavaDelegate localPlanReminder = mock(JavaDelegate.class);
    static final JavaDelegate inviteAlderman = mock(JavaDelegate.class);
    static final JavaDelegate completeOnboarding = mock(JavaDelegate.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "process-versions/municipality-onboarding-version-6.bpmn", "workflows/coalition-readiness.dmn",
                    "workflows/forms/review-intent.form", "workflows/forms/follow-up-information.form",
                    "workflows/forms/decide-on-coalition.form", "workflows/forms/assign-adviser.form",
                    "workflows/forms/schedule-kickoff.form")
            .with("recordReviewDelegate", recordReview)
            .with("informationReminderDelegate", informationReminder)
            .with("countPartnersDelegate", countPartners)
            .with("recordAssessmentDelegate", recordAssessment)
            .with("recruitmentDeadlineDelegate", recruitmentDeadline)
            .with("recordCoalitionDecisionDelegate", recordCoalitionDecision)
            .with("recordAdviserDelegate", recordAdviser)
            .with("recordKickoffDelegate", recordKickoff)
            .with("localPlanReminderDelegate", localPlanReminder)
            .with("recordAldermanInvitationDelegate", inviteAlderman)
            .with("completeOnboardingDelegate", completeOnboarding)
            .covering(OnboardingProcess.KEY);

    static final String SIGNING_UNDER_WAY = "signing-under-way";

    @BeforeAll
    static void aSigningProcessThatEndsAsTheTestSays() {
        process.engine().getRepositoryService().createDeployment().name("coalition-signing stand-in")
                .addModelInstance("coalition-signing.bpmn", Bpmn.createExecutableProcess(SigningProcess.KEY)
                        .camundaHistoryTimeToLive(1).startEvent().userTask(SIGNING_UNDER_WAY).endEvent().done())
                .deploy();
    }

    @Test
    void staff_get_a_review_task_named_for_the_municipality() throws Exception {
        Instant started = Instant.now();
        ProcessInstance journey = start("GM0796", "'s-Hertogenbosch");

        assertThat(journey).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Task review = process.tasks().createTaskQuery().processInstanceId(journey.getId()).initializeFormKeys()
                .singleResult();
        assertThat(review).hasName("Beoordeel intentie 's-Hertogenbosch")
                .hasCandidateGroup(IntentReviewProcess.GROUP_STAFF).isNotAssigned();
        Assertions.assertThat(review.getCamundaFormRef().getKey()).isEqualTo("review-intent");
        Assertions.assertThat(review.getDueDate().toInstant()).isBetween(
                started.plus(Duration.ofDays(5)).minusSeconds(60), started.plus(Duration.ofDays(5)).plusSeconds(60));
        Assertions.assertThat(journey.getBusinessKey()).isEqualTo(onboardingIdOf(journey).toString());
    }

    @Test
    void an_approved_intent_waits_for_recruitment_with_a_deadline_of_ninety_days() throws Exception {
        ProcessInstance journey = start("GM0202", "Apeldoorn");

        review(process, journey, "approve");

        assertThat(journey).hasPassedInOrder(IntentReviewProcess.TASK_REVIEW_INTENT, IntentReviewProcess.TASK_RECORD_REVIEW)
                .isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        verify(recordReview).execute(any());
        Assertions.assertThat(process.engine().getManagementService().createJobQuery()
                .processInstanceId(journey.getId()).activityId(RecruitmentProcess.TIMER_RECRUITMENT_DEADLINE)
                .singleResult().getDuedate().toInstant())
                .isAfter(Instant.now().plus(Duration.ofDays(89))).isBefore(Instant.now().plus(Duration.ofDays(91)));
    }

    @Test
    void a_rejected_intent_ends_the_journey() throws Exception {
        ProcessInstance journey = start("GM0268", "Nijmegen");

        review(process, journey, "reject");

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_REJECTED);
    }

    @Test
    void a_question_reminds_after_a_week_asks_staff_to_follow_up_after_two_and_the_answer_goes_back_to_review() throws Exception {
        ProcessInstance journey = start("GM0503", "Delft");
        review(process, journey, "request-information");
        assertThat(journey).isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);

        Timers.fire(process.engine(), journey, IntentReviewProcess.TIMER_INFORMATION_REMINDER);
        assertThat(journey).hasPassed(IntentReviewProcess.END_INFORMATION_REMINDED)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);
        verify(informationReminder).execute(any());

        Timers.fire(process.engine(), journey, IntentReviewProcess.TIMER_INFORMATION_FOLLOW_UP);
        Task followUp = process.task(journey, IntentReviewProcess.TASK_FOLLOW_UP_INFORMATION);
        assertThat(followUp).hasName("Volg intentie op Delft").hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);
        process.tasks().complete(followUp.getId());
        assertThat(journey).hasPassed(IntentReviewProcess.END_INFORMATION_FOLLOWED_UP)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);

        correlate(journey, IntentReviewProcess.MESSAGE_INFORMATION_PROVIDED);
        assertThat(journey).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Assertions.assertThat(process.runtime().getVariables(journey.getId()))
                .as("the earlier decision does not decide the next review")
                .doesNotContainKeys(OnboardingProcess.VAR_REVIEW_DECISION, IntentReviewProcess.VAR_REVIEW_NOTE);
    }

    @Test
    void three_partners_of_two_kinds_are_ready_and_go_straight_to_signing() throws Exception {
        ProcessInstance journey = recruiting("GM0363", "Amsterdam");
        partnersWillBe(countPartners, 3, 2);

        correlate(journey, RecruitmentProcess.MESSAGE_RECRUITMENT_COMPLETED);

        assertThat(journey).hasPassedInOrder(RecruitmentProcess.TASK_COUNT_PARTNERS,
                RecruitmentProcess.TASK_ASSESS_READINESS, RecruitmentProcess.TASK_RECORD_ASSESSMENT)
                .isWaitingAt(OnboardingProcess.CALL_SIGNING);
        Assertions.assertThat(process.runtime().getVariable(journey.getId(), RecruitmentProcess.VAR_READINESS_REASON))
                .isEqualTo("Minstens drie partners van minstens twee soorten doen mee");
        ProcessInstance signing = signingOf(journey);
        Assertions.assertThat(signing.getBusinessKey()).isEqualTo(journey.getBusinessKey());
        Assertions.assertThat(process.runtime().getVariables(signing.getId()))
                .containsEntry(SigningProcess.VAR_ONBOARDING_ID, journey.getBusinessKey())
                .containsEntry(OnboardingProcess.VAR_MUNICIPALITY_NAME, "Amsterdam");
    }

    @Test
    void a_coalition_of_one_kind_is_not_ready_and_staff_continue_with_paper_signing() throws Exception {
        ProcessInstance journey = notReady("GM0014", "Groningen", 4, 1,
                "Alle partners zijn van dezelfde soort");

        decide(process, journey, "continue", "paper");

        assertThat(journey).hasPassed(RecruitmentProcess.TASK_RECORD_COALITION_DECISION)
                .isWaitingAt(OnboardingProcess.CALL_SIGNING);
        Assertions.assertThat(process.runtime().getVariable(signingOf(journey).getId(), SigningProcess.VAR_METHOD))
                .isEqualTo("paper");
    }

    @Test
    void an_extended_recruitment_closes_at_its_deadline_and_is_assessed_again() throws Exception {
        ProcessInstance journey = notReady("GM0034", "Almere", 2, 2, "Minder dan drie partners doen mee");

        decide(process, journey, "extend", null);
        assertThat(journey).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(process.runtime().getVariables(journey.getId()))
                .as("the next round's decision starts empty")
                .doesNotContainKeys(RecruitmentProcess.VAR_COALITION_DECISION, RecruitmentProcess.VAR_COALITION_NOTE);

        partnersWillBe(countPartners, 3, 3);
        Timers.fire(process.engine(), journey, RecruitmentProcess.TIMER_RECRUITMENT_DEADLINE);

        assertThat(journey).hasPassed(RecruitmentProcess.TASK_CLOSE_RECRUITMENT).isWaitingAt(OnboardingProcess.CALL_SIGNING);
        verify(recruitmentDeadline).execute(any());
        verify(countPartners, times(2)).execute(any());
    }

    @Test
    void staff_stop_a_coalition_that_is_not_ready() throws Exception {
        ProcessInstance journey = notReady("GM0141", "Almelo", 0, 0, "Minder dan drie partners doen mee");

        decide(process, journey, "stop", null);

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_STOPPED);
    }

    @Test
    void a_signing_that_is_stopped_ends_the_journey_before_the_central_team() throws Exception {
        ProcessInstance journey = signing("GM0150", "Deventer");

        sign(journey, SigningProcess.OUTCOME_STOPPED);

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_STOPPED_AT_SIGNING)
                .hasNotPassed(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
    }

    @Test
    void the_central_team_onboards_a_signed_municipality_and_it_joins_at_the_next_aldermens_meeting() throws Exception {
        ProcessInstance journey = signed("GM0917", "Heerlen");

        Task adviser = process.task(journey, CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
        assertThat(adviser).hasName("Wijs adviseur toe aan Heerlen")
                .hasCandidateGroup(CentralOnboardingProcess.GROUP_ADVISORS);
        process.tasks().complete(adviser.getId(), withVariables(CentralOnboardingProcess.VAR_ADVISER, "Bram"));
        Task kickoff = process.task(journey, CentralOnboardingProcess.TASK_SCHEDULE_KICKOFF);
        assertThat(kickoff).hasName("Plan kick-off met Heerlen");
        process.tasks().complete(kickoff.getId());
        assertThat(journey).hasPassed(CentralOnboardingProcess.TASK_RECORD_ADVISER,
                CentralOnboardingProcess.TASK_RECORD_KICKOFF).isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        Instant kickedOff = Instant.now();
        for (int month = 1; month <= 3; month++) {
            // the cycle counts from its start: the engine's clock moves to each month's due date
            ClockUtil.setCurrentTime(Date.from(kickedOff.plus(Duration.ofDays(30L * month)).plusSeconds(60)));
            Timers.fire(process.engine(), journey, CentralOnboardingProcess.TIMER_LOCAL_PLAN_REMINDER);
        }
        verify(localPlanReminder, times(3)).execute(any());
        Assertions.assertThat(process.jobs(journey)).as("three reminders, then none").isZero();
        assertThat(journey).isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        aldermanInvitedWillBe(inviteAlderman, false);
        correlate(journey, CentralOnboardingProcess.MESSAGE_LOCAL_PLAN_RECEIVED);
        assertThat(journey).hasPassed(CentralOnboardingProcess.TASK_INVITE_ALDERMAN)
                .isWaitingAt(CentralOnboardingProcess.WAIT_FOR_MEETING);
        verify(completeOnboarding, never()).execute(any());

        aldermanInvitedWillBe(inviteAlderman, true);
        correlate(journey, MeetingProcess.MESSAGE_MEETING_AVAILABLE);
        assertThat(journey).isEnded().hasPassed(CentralOnboardingProcess.TASK_COMPLETE,
                CentralOnboardingProcess.END_JOINED);
        verify(inviteAlderman, times(2)).execute(any());
        verify(completeOnboarding).execute(any());
    }

    @Test
    void a_local_plan_that_came_before_the_kickoff_is_not_waited_for() throws Exception {
        ProcessInstance journey = signed("GM0899", "Brunssum");
        doAnswer(invocation -> {
            ((DelegateExecution) invocation.getArgument(0))
                    .setVariable(CentralOnboardingProcess.VAR_LOCAL_PLAN_RECEIVED, true);
            return null;
        }).when(recordKickoff).execute(any());
        aldermanInvitedWillBe(inviteAlderman, true);

        process.tasks().complete(process.task(journey, CentralOnboardingProcess.TASK_ASSIGN_ADVISER).getId());
        process.tasks().complete(process.task(journey, CentralOnboardingProcess.TASK_SCHEDULE_KICKOFF).getId());

        assertThat(journey).isEnded().hasPassed(CentralOnboardingProcess.GATEWAY_LOCAL_PLAN_IN,
                CentralOnboardingProcess.TASK_INVITE_ALDERMAN, CentralOnboardingProcess.END_JOINED)
                .hasNotPassed(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);
    }

    private static ProcessInstance start(String code, String name) {
        UUID onboardingId = UUID.randomUUID();
        new CamundaOnboardingWorkflow(process.runtime()).start(onboardingId, new Municipality(code, name, "Provincie"),
                "Jan \"Hans\" d'Ancona");
        return process.runtime().createProcessInstanceQuery().processInstanceBusinessKey(onboardingId.toString())
                .processDefinitionKey(OnboardingProcess.KEY).singleResult();
    }

    private static UUID onboardingIdOf(ProcessInstance journey) {
        return UUID.fromString((String) process.runtime().getVariable(journey.getId(),
                OnboardingProcess.VAR_ONBOARDING_ID));
    }

    private static ProcessInstance recruiting(String code, String name) throws Exception {
        ProcessInstance journey = start(code, name);
        review(process, journey, "approve");
        return journey;
    }

    private static ProcessInstance notReady(String code, String name, int partners, int types, String reason) throws Exception {
        ProcessInstance journey = recruiting(code, name);
        partnersWillBe(countPartners, partners, types);
        correlate(journey, RecruitmentProcess.MESSAGE_RECRUITMENT_COMPLETED);
        Task decision = process.task(journey, RecruitmentProcess.TASK_DECIDE_ON_COALITION);
        assertThat(decision).hasName("Besluit over coalitie " + name).hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);
        Assertions.assertThat(process.runtime().getVariables(journey.getId()))
                .containsEntry(RecruitmentProcess.VAR_COALITION_READY, false)
                .containsEntry(RecruitmentProcess.VAR_READINESS_REASON, reason);
        return journey;
    }

    private static ProcessInstance signing(String code, String name) throws Exception {
        ProcessInstance journey = recruiting(code, name);
        partnersWillBe(countPartners, 5, 3);
        correlate(journey, RecruitmentProcess.MESSAGE_RECRUITMENT_COMPLETED);
        return journey;
    }

    private static ProcessInstance signed(String code, String name) throws Exception {
        ProcessInstance journey = signing(code, name);
        sign(journey, SigningProcess.OUTCOME_SIGNED);
        return journey;
    }

    private static void sign(ProcessInstance journey, String outcome) throws Exception {
        Task underWay = process.tasks().createTaskQuery().processInstanceId(signingOf(journey).getId()).singleResult();
        process.tasks().complete(underWay.getId(), withVariables(SigningProcess.VAR_OUTCOME, outcome));
    }

    private static ProcessInstance signingOf(ProcessInstance journey) {
        return process.runtime().createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
    }

    private static void correlate(ProcessInstance journey, String message) throws Exception {
        process.runtime().createMessageCorrelation(message).processInstanceBusinessKey(journey.getBusinessKey())
                .correlate();
    }


}
