package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records who came, as staff ticked it on the attendance form. */
@Component("storeAttendanceDelegate")
class StoreAttendanceDelegate implements JavaDelegate {

    private final Meetings meetings;

    StoreAttendanceDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<UUID> attended = Variables.strings(execution, MeetingProcess.VAR_ATTENDED).stream()
                .map(UUID::fromString).toList();
        meetings.recordAttendance(Variables.meetingId(execution), attended, EngineUser.of(execution));
        execution.removeVariable(MeetingProcess.VAR_ATTENDED);
    }
}
