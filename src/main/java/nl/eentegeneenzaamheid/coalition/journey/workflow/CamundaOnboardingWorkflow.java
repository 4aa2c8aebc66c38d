package nl.eentegeneenzaamheid.coalition.journey.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingWorkflow;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaOnboardingWorkflow implements OnboardingWorkflow {

    private final RuntimeService runtimeService;

    CamundaOnboardingWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(UUID onboardingId, Municipality municipality, String aldermanName) {
        runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, onboardingId.toString(), Map.of(
                OnboardingProcess.VAR_ONBOARDING_ID, onboardingId.toString(),
                OnboardingProcess.VAR_MUNICIPALITY_CODE, municipality.code(),
                OnboardingProcess.VAR_MUNICIPALITY_NAME, municipality.name(),
                OnboardingProcess.VAR_ALDERMAN_NAME, aldermanName));
    }
}
