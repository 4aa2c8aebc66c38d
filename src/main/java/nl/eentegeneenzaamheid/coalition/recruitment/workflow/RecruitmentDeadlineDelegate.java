package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The recruitment deadline passed: recruitment closes as if the municipality had completed it. */
@Component("recruitmentDeadlineDelegate")
class RecruitmentDeadlineDelegate implements JavaDelegate {

    private final Recruitment recruitment;

    RecruitmentDeadlineDelegate(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitment.deadlinePassed(UUID.fromString((String) execution.getVariable(RecruitmentProcess.VAR_ONBOARDING_ID)));
    }
}
