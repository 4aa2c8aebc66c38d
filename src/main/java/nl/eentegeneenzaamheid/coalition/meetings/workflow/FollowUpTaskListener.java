package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * A follow-up task: on create it names the municipality and who came (task variables for the form); on complete it
 * keeps staff's note with the invitation.
 */
@Component("followUpTaskListener")
class FollowUpTaskListener implements TaskListener {

    static final String VAR_NOTE = "followUpNote";

    private final Meetings meetings;

    FollowUpTaskListener(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID invitationId = UUID.fromString((String) task.getVariable(MeetingProcess.VAR_FOLLOW_UP_INVITATION));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            MeetingViews.Invitation invitation = meetings.invitation(invitationId);
            task.setName(TEXTS.text("task.follow-up", Map.of("municipality", invitation.municipalityName())));
            task.setVariableLocal("municipalityName", invitation.municipalityName());
            task.setVariableLocal("attendee", invitation.attendeeName() + " <" + invitation.attendeeEmail() + ">");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object note = task.getVariable(VAR_NOTE);
            meetings.recordFollowUp(invitationId, note == null ? null : note.toString());
            task.getExecution().removeVariable(VAR_NOTE);
        }
    }
}
