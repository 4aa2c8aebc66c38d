package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import nl.eentegeneenzaamheid.coalition.recruitment.CoalitionDecision;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        recruitment.decide(UUID.fromString((String) execution.getVariable(RecruitmentProcess.VAR_ONBOARDING_ID)),
                CoalitionDecision.fromFormValue((String) execution.getVariable(RecruitmentProcess.VAR_COALITION_DECISION)),
                (String) execution.getVariable(RecruitmentProcess.VAR_COALITION_NOTE),
                EngineUser.of(execution));
    }
}
