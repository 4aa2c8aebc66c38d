package nl.eentegeneenzaamheid.coalition.intake.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The intent review's steps as its process tests take them. Shared by {@code IntentReviewProcessTest} and the
 * journey's version-6 test, whose inline review has the same elements.
 */
public final class IntakeSteps {

    private IntakeSteps() {
    }

    /** Staff complete "Beoordeel intentie" with this decision ({@code approve}, {@code reject}, {@code ask}). */
    public static void review(StandaloneProcessEngine process, ProcessInstance instance, String decision) {
        process.tasks().complete(process.task(instance, IntentReviewProcess.TASK_REVIEW_INTENT).getId(),
                withVariables(IntentReviewProcess.VAR_REVIEW_DECISION, decision, IntentReviewProcess.VAR_REVIEW_NOTE,
                        "Een toelichting"));
    }
}
