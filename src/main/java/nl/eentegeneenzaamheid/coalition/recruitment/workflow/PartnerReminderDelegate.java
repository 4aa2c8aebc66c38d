package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.InvitationProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week without an answer: the recruitment records the reminder. */
@Component("partnerReminderDelegate")
class PartnerReminderDelegate implements JavaDelegate {

    private final Invitations invitations;

    PartnerReminderDelegate(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.remind(UUID.fromString((String) execution.getVariable(InvitationProcess.VAR_INVITATION_ID)));
    }
}
