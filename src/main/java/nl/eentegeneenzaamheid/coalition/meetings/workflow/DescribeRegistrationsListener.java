package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * Gives the attendance form its options: every registered municipality, with who registered (a task variable, as
 * JSON, {@code [{"label": "Assen: Jan Broekema", "value": "<invitation id>"}]}).
 */
@Component("describeRegistrationsListener")
class DescribeRegistrationsListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Meetings meetings;

    DescribeRegistrationsListener(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = new ArrayList<>();
        MeetingViews.Meeting meeting = meetings.meeting(Variables.meetingId(task));
        task.setName(TEXTS.text("task.attendance", Map.of("title", meeting.title())));
        for (MeetingViews.Invitation invitation : meetings.registered(meeting.id())) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", invitation.municipalityName() + ": " + invitation.attendeeName());
            option.put("value", invitation.id().toString());
            options.add(option);
        }
        try {
            task.setVariableLocal(MeetingProcess.VAR_REGISTRATIONS,
                    SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
