package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the adviser form to the central onboarding. */
@Component("recordAdviserDelegate")
class RecordAdviserDelegate implements JavaDelegate {

    private final CentralOnboarding onboarding;

    RecordAdviserDelegate(CentralOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID onboardingId = UUID.fromString((String) execution.getVariable(CentralOnboardingProcess.VAR_ONBOARDING_ID));
        onboarding.assignAdviser(onboardingId, (String) execution.getVariable(CentralOnboardingProcess.VAR_ADVISER),
                EngineUser.of(execution));
    }
}
