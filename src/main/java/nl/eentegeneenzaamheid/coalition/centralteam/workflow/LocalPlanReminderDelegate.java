package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No local plan yet: remind the municipality. */
@Component("localPlanReminderDelegate")
class LocalPlanReminderDelegate implements JavaDelegate {

    private final CentralOnboarding onboarding;

    LocalPlanReminderDelegate(CentralOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID onboardingId = UUID.fromString((String) execution.getVariable(CentralOnboardingProcess.VAR_ONBOARDING_ID));
        onboarding.remindLocalPlan(onboardingId);
    }
}
