package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.Reminder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The meeting process's timers and its simple steps, called from expressions in the BPMN: the timers read the
 * meeting's time from the database each time the preparation starts, so a move plans them again.
 */
@Component("meetingSteps")
public class MeetingSteps {

    private final Meetings meetings;

    MeetingSteps(Meetings meetings) {
        this.meetings = meetings;
    }

    public Date weekBefore(String meetingId) {
        return Date.from(meetings.startsAt(UUID.fromString(meetingId)).minus(Duration.ofDays(7)));
    }

    public Date dayBefore(String meetingId) {
        return Date.from(meetings.startsAt(UUID.fromString(meetingId)).minus(Duration.ofDays(1)));
    }

    public Date endsAt(String meetingId) {
        return Date.from(meetings.endsAt(UUID.fromString(meetingId)));
    }

    public void remind(DelegateExecution execution, String reminder) {
        meetings.remind(Variables.meetingId(execution), Reminder.valueOf(reminder));
    }

    public void hold(DelegateExecution execution) {
        meetings.hold(Variables.meetingId(execution));
    }
}
