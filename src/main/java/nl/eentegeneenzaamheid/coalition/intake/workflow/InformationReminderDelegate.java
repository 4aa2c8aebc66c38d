package nl.eentegeneenzaamheid.coalition.intake.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week without an answer: the intake records the reminder. */
@Component("informationReminderDelegate")
class InformationReminderDelegate implements JavaDelegate {

    private final IntentReview review;

    InformationReminderDelegate(IntentReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.remindAboutInformation(
                UUID.fromString((String) execution.getVariable(IntentReviewProcess.VAR_ONBOARDING_ID)));
    }
}
