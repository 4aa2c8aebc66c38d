package nl.eentegeneenzaamheid.coalition.intake.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeWorkflow;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaIntakeWorkflow implements IntakeWorkflow {

    private final RuntimeService runtimeService;

    CamundaIntakeWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void informationProvided(UUID onboardingId) {
        runtimeService.createMessageCorrelation(IntentReviewProcess.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlate();
    }
}
