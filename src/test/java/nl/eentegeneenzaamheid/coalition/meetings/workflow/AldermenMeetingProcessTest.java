package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.FollowUpKind;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import nl.eentegeneenzaamheid.coalition.meetings.Reminder;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * {@code aldermen-meeting} on an engine of its own: the BPMN, its delegates, listeners and steps and the meetings
 * module's workflow adapter as they are, the {@link Meetings} facade mocked. What is tested is the process: started
 * by the API or from Tasklist's start form, addresses completed by staff, reminders a week and a day before, moved,
 * cancelled, held, attendance and follow-ups. {@code MeetingIntegrationTest} runs meetings on the real stack.
 */
class AldermenMeetingProcessTest {

    static final Meetings meetings = mock(Meetings.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "workflows/aldermen-meeting.bpmn", "workflows/forms/schedule-meeting.form",
                    "workflows/forms/complete-addresses.form", "workflows/forms/record-attendance.form",
                    "workflows/forms/follow-up-municipality.form")
            .with("recordMeetingDelegate", new RecordMeetingDelegate(meetings))
            .with("sendMeetingInvitationsDelegate", new SendMeetingInvitationsDelegate(meetings))
            .with("sendFurtherInvitationsDelegate", new SendFurtherInvitationsDelegate(meetings))
            .with("storeAttendanceDelegate", new StoreAttendanceDelegate(meetings))
            .with("createFollowUpsDelegate", new CreateFollowUpsDelegate(meetings))
            .with("describeRegistrationsListener", new DescribeRegistrationsListener(meetings))
            .with("followUpTaskListener", new FollowUpTaskListener(meetings))
            .with("meetingSteps", new MeetingSteps(meetings))
            .resetting(meetings)
            .covering(MeetingProcess.KEY);

    static final String TITLE = "Samen \"tegen\" eenzaamheid in Fryslân";

    @Test
    void a_meeting_scheduled_through_the_api_invites_everyone_and_waits_for_the_week_before() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = meeting(startsAt, 0);

        ProcessInstance instance = startByApi(meetingId);

        assertThat(instance).hasPassed("record-meeting", "send-invitations", "all-addressed")
                .isWaitingAt(MeetingProcess.TIMER_WEEK_BEFORE);
        verify(meetings, never()).record(any(), anyString());
        verify(meetings).sendInvitations(meetingId);
        Assertions.assertThat(process.due(instance, MeetingProcess.TIMER_WEEK_BEFORE))
                .isEqualTo(startsAt.minus(Duration.ofDays(7)));
    }

    @Test
    void a_meeting_scheduled_in_tasklist_is_recorded_and_staff_complete_the_missing_addresses() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = UUID.randomUUID();
        when(meetings.record(any(), any())).thenReturn(meetingId);
        when(meetings.startsAt(meetingId)).thenReturn(startsAt);
        when(meetings.sendInvitations(meetingId)).thenReturn(new MeetingViews.Invited(3, List.of("GM0080",
                "GM1900")));

        ProcessInstance instance = process.engine().getFormService().submitStartForm(definitionId(), Map.of(
                "title", TITLE, "startsAt", "2027-03-18T14:00", "durationMinutes", 90, "place", "Leeuwarden",
                "capacity", 60, "audience", "PROVINCES", "provinces", List.of("Fryslân")));

        ArgumentCaptor<Meetings.Schedule> schedule = ArgumentCaptor.forClass(Meetings.Schedule.class);
        verify(meetings).record(schedule.capture(), any());
        Assertions.assertThat(schedule.getValue().title()).isEqualTo(TITLE);
        Assertions.assertThat(schedule.getValue().audience()).isEqualTo(Audience.PROVINCES);
        Assertions.assertThat(Duration.between(schedule.getValue().startsAt(), schedule.getValue().endsAt()))
                .isEqualTo(Duration.ofMinutes(90));
        Assertions.assertThat(process.runtime().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey()).as("found by the meeting's id").isEqualTo(meetingId.toString());
        Assertions.assertThat(process.runtime().getVariables(instance.getId()))
                .containsEntry(MeetingProcess.VAR_MEETING_ID, meetingId.toString())
                .containsEntry(MeetingProcess.VAR_UNADDRESSED, 2).doesNotContainKeys("title", "place", "provinces");

        Task addresses = process.task(instance, MeetingProcess.TASK_COMPLETE_ADDRESSES);
        assertThat(addresses).hasCandidateGroup(MeetingProcess.GROUP_STAFF);
        process.tasks().complete(addresses.getId(), withVariables("contacts",
                "GM0080; Sjoukje de Vries-O'Neill; sjoukje@leeuwarden.example.nl"));

        ArgumentCaptor<List<Meetings.Contact>> contacts = contactsCaptor();
        verify(meetings).addContacts(eq(meetingId), contacts.capture(), any());
        Assertions.assertThat(contacts.getValue()).containsExactly(new Meetings.Contact("GM0080",
                "Sjoukje de Vries-O'Neill", "sjoukje@leeuwarden.example.nl"));
        assertThat(instance).hasPassed("send-further-invitations", "addresses-completed")
                .isWaitingAt(MeetingProcess.TIMER_WEEK_BEFORE);
    }

    @Test
    void reminders_go_a_week_and_a_day_before_then_the_meeting_is_held_and_attendance_and_follow_ups_recorded() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = meeting(startsAt, 0);
        ProcessInstance instance = startByApi(meetingId);

        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_WEEK_BEFORE);
        verify(meetings).remind(meetingId, Reminder.WEEK);
        Assertions.assertThat(process.due(instance, MeetingProcess.TIMER_DAY_BEFORE))
                .isEqualTo(startsAt.minus(Duration.ofDays(1)));
        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_DAY_BEFORE);
        verify(meetings).remind(meetingId, Reminder.DAY);
        Assertions.assertThat(process.due(instance, MeetingProcess.TIMER_MEETING_ENDS))
                .isEqualTo(startsAt.plus(Duration.ofHours(2)));

        UUID leeuwarden = UUID.randomUUID();
        UUID sneek = UUID.randomUUID();
        when(meetings.meeting(meetingId)).thenReturn(view(meetingId, startsAt));
        when(meetings.registered(meetingId)).thenReturn(List.of(invitation(leeuwarden, "Leeuwarden",
                "Sjoukje d'Vries"), invitation(sneek, "Súdwest-Fryslân", "Jan \"Hans\" Visser")));
        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_MEETING_ENDS);

        verify(meetings).hold(meetingId);
        Task attendance = process.task(instance, MeetingProcess.TASK_RECORD_ATTENDANCE);
        assertThat(attendance).hasName("Leg vast wie er was: " + TITLE);
        Assertions.assertThat(process.tasks().getVariableLocalTyped(attendance.getId(),
                        MeetingProcess.VAR_REGISTRATIONS).getValue().toString())
                .contains("\"label\":\"Súdwest-Fryslân: Jan \\\"Hans\\\" Visser\"")
                .contains("\"value\":\"" + leeuwarden + "\"");

        when(meetings.createFollowUps(meetingId, FollowUpKind.TASK)).thenReturn(List.of(sneek));
        when(meetings.invitation(sneek)).thenReturn(invitation(sneek, "Súdwest-Fryslân", "Jan \"Hans\" Visser"));
        process.tasks().complete(attendance.getId(), withVariables(MeetingProcess.VAR_ATTENDED,
                List.of(leeuwarden.toString()), MeetingProcess.VAR_FOLLOW_UP, "task"));
        verify(meetings).recordAttendance(eq(meetingId), eq(List.of(leeuwarden)), any());

        Task followUp = process.task(instance, MeetingProcess.TASK_FOLLOW_UP);
        assertThat(followUp).hasName("Volg Súdwest-Fryslân op na de wethoudersbijeenkomst");
        process.tasks().complete(followUp.getId(), withVariables(FollowUpTaskListener.VAR_NOTE,
                "Gebeld; komt de volgende keer"));

        verify(meetings).recordFollowUp(sneek, "Gebeld; komt de volgende keer");
        assertThat(instance).isEnded().hasPassed("meeting-closed");
    }

    @Test
    void without_follow_up_tasks_the_meeting_closes_after_attendance() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = meeting(startsAt, 0);
        ProcessInstance instance = startByApi(meetingId);
        when(meetings.meeting(meetingId)).thenReturn(view(meetingId, startsAt));
        when(meetings.registered(meetingId)).thenReturn(List.of());
        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_WEEK_BEFORE);
        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_DAY_BEFORE);
        Timers.fire(process.engine(), instance, MeetingProcess.TIMER_MEETING_ENDS);

        when(meetings.createFollowUps(meetingId, FollowUpKind.INTENT_INVITATION))
                .thenReturn(List.of(UUID.randomUUID()));
        process.tasks().complete(process.task(instance, MeetingProcess.TASK_RECORD_ATTENDANCE).getId(),
                withVariables(MeetingProcess.VAR_ATTENDED, List.of(), MeetingProcess.VAR_FOLLOW_UP,
                        CreateFollowUpsDelegate.INTENT_INVITATION));

        assertThat(instance).isEnded().hasPassed("meeting-closed").hasNotPassed(MeetingProcess.TASK_FOLLOW_UP);
        verify(meetings).createFollowUps(meetingId, FollowUpKind.INTENT_INVITATION);
    }

    @Test
    void a_moved_meeting_waits_for_its_new_date() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = meeting(startsAt, 0);
        ProcessInstance instance = startByApi(meetingId);
        Instant moved = startsAt.plus(Duration.ofDays(14));
        when(meetings.startsAt(meetingId)).thenReturn(moved);

        adapter().rescheduled(meetingId);

        assertThat(instance).hasPassed("meeting-rescheduled").isWaitingAt(MeetingProcess.TIMER_WEEK_BEFORE);
        Assertions.assertThat(process.due(instance, MeetingProcess.TIMER_WEEK_BEFORE))
                .isEqualTo(moved.minus(Duration.ofDays(7)));
    }

    @Test
    void a_cancelled_meeting_ends_with_its_address_task() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        UUID meetingId = meeting(startsAt, 1);
        ProcessInstance instance = startByApi(meetingId);
        assertThat(instance).isWaitingAt(MeetingProcess.TASK_COMPLETE_ADDRESSES, MeetingProcess.TIMER_WEEK_BEFORE);

        adapter().cancelled(meetingId);

        assertThat(instance).isEnded().hasPassed("meeting-cancelled-end");
        // afterwards there is nothing to move or cancel, and saying so again is no error
        adapter().cancelled(meetingId);
        adapter().rescheduled(meetingId);
    }

    private static CamundaMeetingWorkflow adapter() {
        return new CamundaMeetingWorkflow(process.runtime(),
                (ProcessEngineConfigurationImpl) process.engine().getProcessEngineConfiguration());
    }

    private static UUID meeting(Instant startsAt, int unaddressed) {
        UUID meetingId = UUID.randomUUID();
        when(meetings.startsAt(meetingId)).thenReturn(startsAt);
        when(meetings.endsAt(meetingId)).thenReturn(startsAt.plus(Duration.ofHours(2)));
        when(meetings.sendInvitations(meetingId)).thenReturn(new MeetingViews.Invited(12,
                Collections.nCopies(unaddressed, "GM0080")));
        return meetingId;
    }

    private static ProcessInstance startByApi(UUID meetingId) {
        adapter().start(meetingId);
        return process.runtime().createProcessInstanceQuery().processInstanceBusinessKey(meetingId.toString())
                .singleResult();
    }

    private static String definitionId() {
        return process.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(MeetingProcess.KEY).latestVersion().singleResult().getId();
    }

    private static MeetingViews.Meeting view(UUID meetingId, Instant startsAt) {
        return new MeetingViews.Meeting(meetingId, TITLE, startsAt, startsAt.plus(Duration.ofHours(2)), "Leeuwarden",
                null, 60, null, null, Audience.PROVINCES, List.of("Fryslân"), "HELD", 0, 12, 2, 0, 0, List.of(),
                "anna", Instant.now());
    }

    private static MeetingViews.Invitation invitation(UUID id, String municipality, String attendee) {
        return new MeetingViews.Invitation(id, "GM1900", municipality, attendee, "wethouder@example.nl",
                RegistrationStatus.REGISTERED, null, null);
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<List<Meetings.Contact>> contactsCaptor() {
        return ArgumentCaptor.forClass((Class<List<Meetings.Contact>>) (Class<?>) List.class);
    }


}
