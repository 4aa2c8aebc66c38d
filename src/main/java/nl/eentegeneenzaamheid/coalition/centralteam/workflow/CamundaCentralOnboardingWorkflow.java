package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaCentralOnboardingWorkflow implements CentralOnboardingWorkflow {

    private final RuntimeService runtimeService;

    CamundaCentralOnboardingWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The journey goes on when it waits for the plan. A plan that came earlier (the advisers' tasks still open) is
     * found by the kickoff's step, which then does not wait for it (both lock the onboarding's row, so one of the two
     * sees the other).
     */
    @Override
    public void localPlanReceived(UUID onboardingId) {
        boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(onboardingId.toString())
                .activityId(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN).count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(CentralOnboardingProcess.MESSAGE_LOCAL_PLAN_RECEIVED)
                    .processInstanceBusinessKey(onboardingId.toString()).correlate();
        }
    }
}
