package nl.eentegeneenzaamheid.coalition.onboarding.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.onboarding.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.onboarding.CentralOnboardingWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

@Component
class CamundaCentralOnboardingWorkflow implements CentralOnboardingWorkflow {

    private final RuntimeService runtimeService;

    CamundaCentralOnboardingWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The journey goes on when it waits for the plan; when the plan came earlier (the advisers' tasks still open), the
     * journey is told so and will not wait for it.
     */
    @Override
    public void localPlanReceived(UUID onboardingId) {
        boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(onboardingId.toString())
                .activityId(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN).count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(CentralOnboardingProcess.MESSAGE_LOCAL_PLAN_RECEIVED)
                    .processInstanceBusinessKey(onboardingId.toString()).correlate();
            return;
        }
        ProcessInstance journey = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(onboardingId.toString())
                .processDefinitionKey(OnboardingProcess.KEY).active().singleResult();
        if (journey != null) {
            runtimeService.setVariable(journey.getId(), CentralOnboardingProcess.VAR_LOCAL_PLAN_RECEIVED, true);
        }
    }
}
