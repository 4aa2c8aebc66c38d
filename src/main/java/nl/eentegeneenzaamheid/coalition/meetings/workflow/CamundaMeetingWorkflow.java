package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaMeetingWorkflow implements MeetingWorkflow {

    private final RuntimeService runtimeService;

    CamundaMeetingWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(UUID meetingId) {
        runtimeService.startProcessInstanceByKey(MeetingProcess.KEY, meetingId.toString(),
                Map.of(MeetingProcess.VAR_MEETING_ID, meetingId.toString()));
    }

    @Override
    public void rescheduled(UUID meetingId) {
        correlate(MeetingProcess.MESSAGE_RESCHEDULED, meetingId);
    }

    @Override
    public void cancelled(UUID meetingId) {
        correlate(MeetingProcess.MESSAGE_CANCELLED, meetingId);
    }

    @Override
    public void meetingAvailable(UUID onboardingId) {
        // called from the meeting's delegate: the engine runs custom code without authorization checks
        // (authorizationEnabledForCustomCode is off), so a staff member who scheduled in Tasklist need not be allowed
        // to touch municipalities' journeys
        runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_AVAILABLE)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlateAll();
    }

    private void correlate(String message, UUID meetingId) {
        // only while the meeting is being prepared: afterwards there is nothing to move or cancel
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(meetingId.toString())
                .correlateAll();
    }
}
