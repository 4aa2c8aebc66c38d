package nl.eentegeneenzaamheid.coalition.intake.workflow;

import static nl.eentegeneenzaamheid.coalition.intake.workflow.IntakeSteps.review;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code intent-review}, the intake module's part of the journey, on an engine of its own: the BPMN and its forms as
 * they are, the delegates mocked (what they do is tested with the intake module: {@code IntentSpineIntegrationTest},
 * {@code InformationIntegrationTest}). Started as {@code municipality-onboarding} calls it: the onboarding id as
 * business key, the journey's variables passed in.
 */
class IntentReviewProcessTest {

    static final JavaDelegate recordReview = mock(JavaDelegate.class);
    static final JavaDelegate informationReminder = mock(JavaDelegate.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "workflows/intent-review.bpmn", "workflows/forms/review-intent.form",
                    "workflows/forms/follow-up-information.form")
            .with("recordReviewDelegate", recordReview)
            .with("informationReminderDelegate", informationReminder)
            .resetting(recordReview, informationReminder)
            .covering(IntentReviewProcess.KEY);

    @Test
    void staff_get_a_review_task_named_for_the_municipality_due_in_five_days() {
        Instant started = Instant.now();
        ProcessInstance review = process.startCalled(IntentReviewProcess.KEY, "'s-Hertogenbosch");

        assertThat(review).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Task task = process.tasks().createTaskQuery().processInstanceId(review.getId()).initializeFormKeys()
                .singleResult();
        assertThat(task).hasName("Beoordeel intentie 's-Hertogenbosch")
                .hasCandidateGroup(IntentReviewProcess.GROUP_STAFF).isNotAssigned();
        Assertions.assertThat(task.getCamundaFormRef().getKey()).isEqualTo("review-intent");
        Assertions.assertThat(task.getDueDate().toInstant()).isBetween(
                started.plus(Duration.ofDays(5)).minusSeconds(60), started.plus(Duration.ofDays(5)).plusSeconds(60));
    }

    @Test
    void an_approved_intent_ends_the_review_with_the_decision_for_the_journey() throws Exception {
        ProcessInstance review = process.startCalled(IntentReviewProcess.KEY, "Apeldoorn");

        review(process, review, "approve");

        assertThat(review).isEnded().hasPassedInOrder(IntentReviewProcess.TASK_REVIEW_INTENT,
                IntentReviewProcess.TASK_RECORD_REVIEW, IntentReviewProcess.END_APPROVED);
        verify(recordReview).execute(any());
    }

    @Test
    void a_rejected_intent_ends_the_review_as_rejected() {
        ProcessInstance review = process.startCalled(IntentReviewProcess.KEY, "Nijmegen");

        review(process, review, "reject");

        assertThat(review).isEnded().hasPassed(IntentReviewProcess.END_REJECTED)
                .hasNotPassed(IntentReviewProcess.END_APPROVED);
    }

    @Test
    void a_question_reminds_after_a_week_asks_staff_to_follow_up_after_two_and_the_answer_goes_back_to_review()
            throws Exception {
        ProcessInstance review = process.startCalled(IntentReviewProcess.KEY, "Delft");
        review(process, review, "request-information");
        assertThat(review).isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);

        Timers.fire(process.engine(), review, IntentReviewProcess.TIMER_INFORMATION_REMINDER);
        assertThat(review).hasPassed(IntentReviewProcess.END_INFORMATION_REMINDED)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);
        verify(informationReminder).execute(any());

        Timers.fire(process.engine(), review, IntentReviewProcess.TIMER_INFORMATION_FOLLOW_UP);
        Task followUp = process.task(review, IntentReviewProcess.TASK_FOLLOW_UP_INFORMATION);
        assertThat(followUp).hasName("Volg intentie op Delft").hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);
        process.tasks().complete(followUp.getId());
        assertThat(review).hasPassed(IntentReviewProcess.END_INFORMATION_FOLLOWED_UP)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);

        new CamundaIntakeWorkflow(process.runtime()).informationProvided(UUID.fromString(review.getBusinessKey()));
        assertThat(review).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Assertions.assertThat(process.runtime().getVariables(review.getId()))
                .as("the earlier decision does not decide the next review")
                .doesNotContainKeys(IntentReviewProcess.VAR_REVIEW_DECISION, IntentReviewProcess.VAR_REVIEW_NOTE);
    }
}
