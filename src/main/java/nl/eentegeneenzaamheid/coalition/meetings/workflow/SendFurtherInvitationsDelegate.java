package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Invites the municipalities staff gave addresses for on the address task (no lines: nobody more). */
@Component("sendFurtherInvitationsDelegate")
class SendFurtherInvitationsDelegate implements JavaDelegate {

    static final String VAR_CONTACTS = "contacts";

    private final Meetings meetings;

    SendFurtherInvitationsDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.addContacts(Variables.meetingId(execution), Meetings.parseContacts(Variables.text(execution,
                VAR_CONTACTS)), EngineUser.of(execution));
        execution.removeVariable(VAR_CONTACTS);
    }
}
