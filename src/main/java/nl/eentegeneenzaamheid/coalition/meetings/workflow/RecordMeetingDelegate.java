package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the meeting staff planned on Tasklist's start form (a meeting scheduled through the API is recorded
 * already): the form's fields become the meeting's row, the process keeps only its id.
 */
@Component("recordMeetingDelegate")
class RecordMeetingDelegate implements JavaDelegate {

    static final List<String> FORM_FIELDS = List.of("title", "startsAt", "durationMinutes", "place", "onlineUrl",
            "capacity", "programme", "hosts", "audience", "provinces", "contacts");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Meetings meetings;

    RecordMeetingDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(MeetingProcess.VAR_MEETING_ID) != null) {
            return;
        }
        Instant startsAt = instant(Variables.text(execution, "startsAt"));
        Integer minutes = Variables.number(execution, "durationMinutes");
        Instant endsAt = startsAt == null ? null : startsAt.plus(Duration.ofMinutes(minutes == null ? 120 : minutes));
        String audience = Variables.text(execution, "audience");
        Meetings.Schedule schedule = new Meetings.Schedule(Variables.text(execution, "title"), startsAt, endsAt,
                Variables.text(execution, "place"), Variables.text(execution, "onlineUrl"),
                Variables.number(execution, "capacity"), Variables.text(execution, "programme"),
                Variables.text(execution, "hosts"), audience == null ? null : Audience.valueOf(audience),
                Variables.strings(execution, "provinces"),
                Meetings.parseContacts(Variables.text(execution, "contacts")));
        UUID meetingId = meetings.record(schedule, EngineUser.of(execution));
        FORM_FIELDS.forEach(execution::removeVariable);
        execution.setVariable(MeetingProcess.VAR_MEETING_ID, meetingId.toString());
        execution.setProcessBusinessKey(meetingId.toString());
    }

    /** The form's date and time: local Dutch time ({@code 2027-03-18T14:00}), or with an offset. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(NETHERLANDS).toInstant();
        }
    }
}
