package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.FollowUpKind;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Follows up every attending municipality that has no onboarding: with a task each (the gateway reads the list), or
 * with an invitation to declare its intent (the list is empty: nothing for staff to do).
 */
@Component("createFollowUpsDelegate")
class CreateFollowUpsDelegate implements JavaDelegate {

    static final String INTENT_INVITATION = "intent-invitation";

    private final Meetings meetings;

    CreateFollowUpsDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String choice = Variables.text(execution, MeetingProcess.VAR_FOLLOW_UP);
        FollowUpKind kind = INTENT_INVITATION.equals(choice) ? FollowUpKind.INTENT_INVITATION : FollowUpKind.TASK;
        List<UUID> followUps = meetings.createFollowUps(Variables.meetingId(execution), kind);
        List<String> tasks = new ArrayList<>();
        if (kind == FollowUpKind.TASK) {
            followUps.forEach(id -> tasks.add(id.toString()));
        }
        execution.setVariable(MeetingProcess.VAR_FOLLOW_UPS, tasks);
    }
}
