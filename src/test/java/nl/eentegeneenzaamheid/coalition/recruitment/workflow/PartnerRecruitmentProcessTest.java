package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import static nl.eentegeneenzaamheid.coalition.recruitment.workflow.RecruitmentSteps.decide;
import static nl.eentegeneenzaamheid.coalition.recruitment.workflow.RecruitmentSteps.partnersWillBe;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code partner-recruitment}, the recruitment module's part of the journey, on an engine of its own: the BPMN, the
 * readiness decision table, the forms and the recruitment's workflow adapter as they are; the delegates mocked, the
 * counting one answering as the real one would (what they do is tested with the module: {@code
 * PartnerIntegrationTest}). Started as {@code municipality-onboarding} calls it, with the onboarding id as business
 * key; what it returns to the journey is {@code recruitmentOutcome}.
 */
class PartnerRecruitmentProcessTest {

    static final JavaDelegate countPartners = mock(JavaDelegate.class);
    static final JavaDelegate recordAssessment = mock(JavaDelegate.class);
    static final JavaDelegate recruitmentDeadline = mock(JavaDelegate.class);
    static final JavaDelegate recordCoalitionDecision = mock(JavaDelegate.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "workflows/partner-recruitment.bpmn", "workflows/coalition-readiness.dmn",
                    "workflows/forms/decide-on-coalition.form")
            .with("countPartnersDelegate", countPartners)
            .with("recordAssessmentDelegate", recordAssessment)
            .with("recruitmentDeadlineDelegate", recruitmentDeadline)
            .with("recordCoalitionDecisionDelegate", recordCoalitionDecision)
            .resetting(countPartners, recordAssessment, recruitmentDeadline, recordCoalitionDecision)
            .covering(RecruitmentProcess.KEY);

    @Test
    void recruitment_waits_for_the_municipality_with_a_deadline_of_ninety_days() {
        ProcessInstance recruitment = process.startCalled(RecruitmentProcess.KEY, "Apeldoorn");

        assertThat(recruitment).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(process.due(recruitment, RecruitmentProcess.TIMER_RECRUITMENT_DEADLINE))
                .isAfter(Instant.now().plus(Duration.ofDays(89))).isBefore(Instant.now().plus(Duration.ofDays(91)));
    }

    @Test
    void three_partners_of_two_kinds_are_ready_and_go_on_to_signing() throws Exception {
        ProcessInstance recruitment = process.startCalled(RecruitmentProcess.KEY, "Amsterdam");
        partnersWillBe(countPartners, 3, 2);

        completed(recruitment);

        assertThat(recruitment).isEnded().hasPassedInOrder(RecruitmentProcess.TASK_COUNT_PARTNERS,
                RecruitmentProcess.TASK_ASSESS_READINESS, RecruitmentProcess.TASK_RECORD_ASSESSMENT,
                RecruitmentProcess.END_READY);
        assertThat(recruitment).variables()
                .containsEntry(RecruitmentProcess.VAR_READINESS_REASON,
                        "Minstens drie partners van minstens twee soorten doen mee")
                .containsEntry(RecruitmentProcess.VAR_OUTCOME, "ready");
        verify(recordAssessment).execute(any());
    }

    @Test
    void a_coalition_of_one_kind_is_not_ready_and_staff_continue_with_paper_signing() throws Exception {
        ProcessInstance recruitment = notReady("Groningen", 4, 1, "Alle partners zijn van dezelfde soort");

        decide(process, recruitment, "continue", "paper");

        assertThat(recruitment).isEnded().hasPassed(RecruitmentProcess.TASK_RECORD_COALITION_DECISION,
                RecruitmentProcess.END_READY);
        assertThat(recruitment).variables().containsEntry(RecruitmentProcess.VAR_OUTCOME, "ready")
                .containsEntry(RecruitmentProcess.VAR_SIGNING_METHOD, "paper");
    }

    @Test
    void an_extended_recruitment_closes_at_its_deadline_and_is_assessed_again() throws Exception {
        ProcessInstance recruitment = notReady("Almere", 2, 2, "Minder dan drie partners doen mee");

        decide(process, recruitment, "extend", null);
        assertThat(recruitment).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(process.runtime().getVariables(recruitment.getId()))
                .as("the next round's decision starts empty")
                .doesNotContainKeys(RecruitmentProcess.VAR_COALITION_DECISION, RecruitmentProcess.VAR_COALITION_NOTE);

        partnersWillBe(countPartners, 3, 3);
        Timers.fire(process.engine(), recruitment, RecruitmentProcess.TIMER_RECRUITMENT_DEADLINE);

        assertThat(recruitment).isEnded().hasPassed(RecruitmentProcess.TASK_CLOSE_RECRUITMENT,
                RecruitmentProcess.END_READY);
        verify(recruitmentDeadline).execute(any());
        verify(countPartners, times(2)).execute(any());
    }

    @Test
    void staff_stop_a_coalition_that_is_not_ready() throws Exception {
        ProcessInstance recruitment = notReady("Almelo", 0, 0, "Minder dan drie partners doen mee");

        decide(process, recruitment, "stop", null);

        assertThat(recruitment).isEnded().hasPassed(RecruitmentProcess.END_STOPPED)
                .hasNotPassed(RecruitmentProcess.END_READY);
        assertThat(recruitment).variables().containsEntry(RecruitmentProcess.VAR_OUTCOME, "stopped");
        verify(recordCoalitionDecision).execute(any());
    }

    private static void completed(ProcessInstance recruitment) {
        new CamundaRecruitmentWorkflow(process.runtime()).recruitmentCompleted(
                UUID.fromString(recruitment.getBusinessKey()));
    }

    private static ProcessInstance notReady(String name, int partners, int types, String reason) throws Exception {
        ProcessInstance recruitment = process.startCalled(RecruitmentProcess.KEY, name);
        partnersWillBe(countPartners, partners, types);
        completed(recruitment);
        Task decision = process.task(recruitment, RecruitmentProcess.TASK_DECIDE_ON_COALITION);
        assertThat(decision).hasName("Besluit over coalitie " + name)
                .hasCandidateGroup(RecruitmentProcess.GROUP_STAFF);
        Assertions.assertThat(process.runtime().getVariables(recruitment.getId()))
                .containsEntry(RecruitmentProcess.VAR_COALITION_READY, false)
                .containsEntry(RecruitmentProcess.VAR_READINESS_REASON, reason);
        return recruitment;
    }
}
