package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives the readiness decision its two inputs (counts) and the staff's form its overview of organisations. */
@Component("countPartnersDelegate")
class CountPartnersDelegate implements JavaDelegate {

    private final Recruitment recruitment;

    CountPartnersDelegate(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recruitment.Summary summary = recruitment.summary(
                UUID.fromString((String) execution.getVariable(RecruitmentProcess.VAR_ONBOARDING_ID)));
        execution.setVariable(RecruitmentProcess.VAR_ACCEPTED_PARTNERS, summary.acceptedPartners());
        execution.setVariable(RecruitmentProcess.VAR_ACCEPTED_PARTNER_TYPES, summary.acceptedPartnerTypes());
        execution.setVariable(RecruitmentProcess.VAR_PARTNER_OVERVIEW, summary.overview());
    }
}
