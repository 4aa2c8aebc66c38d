package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the decision table's outcome to the recruitment. */
@Component("recordAssessmentDelegate")
class RecordAssessmentDelegate implements JavaDelegate {

    private final Recruitment recruitment;

    RecordAssessmentDelegate(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitment.assessed(UUID.fromString((String) execution.getVariable(RecruitmentProcess.VAR_ONBOARDING_ID)),
                Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.VAR_COALITION_READY)),
                (String) execution.getVariable(RecruitmentProcess.VAR_READINESS_REASON));
    }
}
