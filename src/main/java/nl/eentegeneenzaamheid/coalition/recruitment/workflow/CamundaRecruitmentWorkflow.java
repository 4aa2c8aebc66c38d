package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.InvitationProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaRecruitmentWorkflow implements RecruitmentWorkflow {

    private final RuntimeService runtimeService;

    CamundaRecruitmentWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void invitationSent(UUID onboardingId, UUID invitationId, String organisationName) {
        runtimeService.startProcessInstanceByKey(InvitationProcess.KEY, onboardingId.toString(), Map.of(
                InvitationProcess.VAR_ONBOARDING_ID, onboardingId.toString(),
                InvitationProcess.VAR_INVITATION_ID, invitationId.toString(),
                InvitationProcess.VAR_ORGANISATION_NAME, organisationName));
    }

    @Override
    public void recruitmentCompleted(UUID onboardingId) {
        runtimeService.createMessageCorrelation(RecruitmentProcess.MESSAGE_RECRUITMENT_COMPLETED)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlate();
    }

    @Override
    public void invitationEnded(UUID invitationId, String message) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceVariableEquals(InvitationProcess.VAR_INVITATION_ID, invitationId.toString())
                .correlate();
    }
}
