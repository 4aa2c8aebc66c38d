package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Invites the selected municipalities; counts those without an address for the address task's gateway. */
@Component("sendMeetingInvitationsDelegate")
class SendMeetingInvitationsDelegate implements JavaDelegate {

    private final Meetings meetings;

    SendMeetingInvitationsDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingViews.Invited invited = meetings.sendInvitations(Variables.meetingId(execution));
        execution.setVariable(MeetingProcess.VAR_UNADDRESSED, invited.unaddressed().size());
    }
}
