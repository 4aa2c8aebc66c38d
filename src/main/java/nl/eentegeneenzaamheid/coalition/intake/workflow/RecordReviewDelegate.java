package nl.eentegeneenzaamheid.coalition.intake.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.intake.ReviewDecision;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the review form's decision to the intake. Runs in the staff's completion: a refusal refuses the form. */
@Component("recordReviewDelegate")
class RecordReviewDelegate implements JavaDelegate {

    private final IntentReview review;

    RecordReviewDelegate(IntentReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID onboardingId = UUID.fromString((String) execution.getVariable(IntentReviewProcess.VAR_ONBOARDING_ID));
        ReviewDecision decision = ReviewDecision.fromFormValue(
                (String) execution.getVariable(IntentReviewProcess.VAR_REVIEW_DECISION));
        String note = (String) execution.getVariable(IntentReviewProcess.VAR_REVIEW_NOTE);
        review.decide(onboardingId, decision, note, EngineUser.of(execution));
    }
}
