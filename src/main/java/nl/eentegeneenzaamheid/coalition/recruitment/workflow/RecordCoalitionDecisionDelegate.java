package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.CoalitionDecision;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Hands the staff's decision on a coalition that is not ready to the recruitment; a refusal refuses the form. */
@Component("recordCoalitionDecisionDelegate")
class RecordCoalitionDecisionDelegate implements JavaDelegate {

    private final Recruitment recruitment;

    RecordCoalitionDecisionDelegate(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        recruitment.decide(UUID.fromString((String) execution.getVariable(OnboardingProcess.VAR_ONBOARDING_ID)),
                CoalitionDecision.fromFormValue((String) execution.getVariable(OnboardingProcess.VAR_COALITION_DECISION)),
                (String) execution.getVariable(OnboardingProcess.VAR_COALITION_NOTE),
                user == null ? "system" : user.getUserId());
    }
}
