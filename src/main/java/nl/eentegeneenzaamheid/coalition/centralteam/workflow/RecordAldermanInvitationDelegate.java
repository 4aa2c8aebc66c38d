package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Invites the alderman to the next aldermen's meeting; {@code aldermanInvited} tells the gateway whether there was one.
 */
@Component("recordAldermanInvitationDelegate")
class RecordAldermanInvitationDelegate implements JavaDelegate {

    private final CentralOnboarding onboarding;

    RecordAldermanInvitationDelegate(CentralOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID onboardingId = UUID.fromString((String) execution.getVariable(CentralOnboardingProcess.VAR_ONBOARDING_ID));
        execution.setVariable(CentralOnboardingProcess.VAR_ALDERMAN_INVITED,
                onboarding.inviteAlderman(onboardingId, EngineUser.of(execution)));
    }
}
