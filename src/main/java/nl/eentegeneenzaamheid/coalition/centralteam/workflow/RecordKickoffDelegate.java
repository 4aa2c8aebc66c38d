package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the kickoff form to the central onboarding; notes whether the local plan came already. */
@Component("recordKickoffDelegate")
class RecordKickoffDelegate implements JavaDelegate {

    private final CentralOnboarding onboarding;

    RecordKickoffDelegate(CentralOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID onboardingId = UUID.fromString((String) execution.getVariable(CentralOnboardingProcess.VAR_ONBOARDING_ID));
        String on = (String) execution.getVariable(CentralOnboardingProcess.VAR_KICKOFF_ON);
        boolean planIn = onboarding.scheduleKickoff(onboardingId, on == null ? null
                : java.time.LocalDate.parse(on.substring(0, 10)),
                (String) execution.getVariable(CentralOnboardingProcess.VAR_KICKOFF_PLACE), EngineUser.of(execution));
        if (planIn) {
            // the local-plan-in gateway after this task asks only whether the variable exists; definitions older than
            // that gateway ignore it (ADR 0009: staff correlate local-plan-received for such a journey)
            execution.setVariable(CentralOnboardingProcess.VAR_LOCAL_PLAN_RECEIVED, true);
        }
    }
}
