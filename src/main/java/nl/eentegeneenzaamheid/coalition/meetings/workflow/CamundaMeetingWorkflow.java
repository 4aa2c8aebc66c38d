package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

@Component
class CamundaMeetingWorkflow implements MeetingWorkflow {

    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl engine;

    CamundaMeetingWorkflow(RuntimeService runtimeService, ProcessEngineConfigurationImpl engine) {
        this.runtimeService = runtimeService;
        this.engine = engine;
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
        // the system lets the journey go on, after the meeting was committed, whoever scheduled it: a staff member
        // who scheduled in Tasklist (still the engine's authenticated user on this thread) need not be allowed to
        // touch municipalities' journeys, and the journey's step still records them as who acted
        engine.getCommandExecutorTxRequired().execute(commandContext -> commandContext.runWithoutAuthorization(
                () -> runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_AVAILABLE)
                        .processInstanceBusinessKey(onboardingId.toString())
                        .correlateAllWithResult()));
    }

    private void correlate(String message, UUID meetingId) {
        // only while the meeting is being prepared: afterwards there is nothing to move or cancel
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(meetingId.toString())
                .correlateAll();
    }
}
