package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.InvitationProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The invitation's term is over: the recruitment records the expiry. */
@Component("invitationExpiryDelegate")
class InvitationExpiryDelegate implements JavaDelegate {

    private final Invitations invitations;

    InvitationExpiryDelegate(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.expire(UUID.fromString((String) execution.getVariable(InvitationProcess.VAR_INVITATION_ID)));
    }
}
