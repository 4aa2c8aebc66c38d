package nl.eentegeneenzaamheid.coalition.onboarding.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.onboarding.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.onboarding.CentralOnboardingWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaCentralOnboardingWorkflow implements CentralOnboardingWorkflow {

    private final RuntimeService runtimeService;

    CamundaCentralOnboardingWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void localPlanReceived(UUID onboardingId) {
        runtimeService.createMessageCorrelation(CentralOnboardingProcess.MESSAGE_LOCAL_PLAN_RECEIVED)
                .processInstanceBusinessKey(onboardingId.toString()).correlate();
    }
}
