package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingWorkflow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

@Component
class CamundaMeetingWorkflow implements MeetingWorkflow {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    CamundaMeetingWorkflow(RuntimeService runtimeService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
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
        // the journey goes on as the system: the staff member who scheduled the meeting in Tasklist may not touch
        // municipalities' journeys (Camunda checks the current authentication inside a delegate, too)
        Authentication scheduler = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_AVAILABLE)
                    .processInstanceBusinessKey(onboardingId.toString())
                    .correlateAll();
        } finally {
            if (scheduler != null) {
                identityService.setAuthentication(scheduler);
            }
        }
    }

    private void correlate(String message, UUID meetingId) {
        // only while the meeting is being prepared: afterwards there is nothing to move or cancel
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(meetingId.toString())
                .correlateAll();
    }
}
