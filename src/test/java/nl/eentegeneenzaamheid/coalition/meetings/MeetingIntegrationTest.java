package nl.eentegeneenzaamheid.coalition.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.EventSchemas;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aldermen's meetings end to end: staff schedule through the API or Tasklist's start form; invitees act through the
 * links mailed to them (read from the mail server); timers are driven by executing their jobs; every event is read
 * from Kafka and checked against the published catalogue. The process logic alone, with its flow-node coverage, is
 * {@code AldermenMeetingProcessTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingIntegrationTest {

    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";
    private static final String INVITATION = "Uitnodiging: ";
    private static final String CALENDAR = "wethoudersbijeenkomst.ics";

    @Autowired TestRestTemplate rest;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired EmbeddedMailServer mail;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    Api api;
    EventStream events;

    @BeforeEach
    void open() {
        api = new Api(rest);
        events = EventStream.fromNow(kafka.bootstrapServers(), "coalition.onboarding.events.v1");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void a_meeting_runs_from_invitations_through_a_waiting_list_a_colleague_and_a_move_to_follow_up_tasks() {
        String meetingId = schedule("Wethoudersbijeenkomst Zeeland", 15, 2, "\"PROVINCES\"", "[\"Zeeland\"]", """
                [{"municipalityCode": "GM0703", "name": "Wethouder Reimerswaal", "email": "w@reimerswaal.test.nl"},
                 {"municipalityCode": "GM0715", "name": "Wethouder Terneuzen", "email": "w@terneuzen.test.nl"},
                 {"municipalityCode": "GM0716", "name": "Wethouder Tholen", "email": "w@tholen.test.nl"}]""");
        JsonNode meeting = api.get("/api/v1/meetings/" + meetingId, "anna").body();
        assertThat(meeting.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(meeting.path("invited").asInt()).isGreaterThanOrEqualTo(3);
        List<String> unaddressed = new ArrayList<>();
        meeting.path("unaddressed").forEach(code -> unaddressed.add(code.asText()));
        assertThat(unaddressed).as("Vlissingen has neither an intent nor a contact").contains("GM0718")
                .doesNotContain("GM0703", "GM0715", "GM0716");
        ProcessInstance process = process(meetingId);

        // the invitation: a personal link and a calendar entry that asks for an answer
        Mailbox reimerswaal = new Mailbox(mail.greenMail(), "w@reimerswaal.test.nl");
        Mailbox.Mail invitation = reimerswaal.await(INVITATION + "Wethoudersbijeenkomst Zeeland", 1);
        assertThat(invitation.text()).contains("Als wethouder van Reimerswaal").contains("Middelburg")
                .contains("/bijeenkomst/" + meetingId + "/");
        String[] ics = Mailbox.attachment(invitation, CALENDAR);
        assertThat(ics[1]).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(ics[0]).contains("METHOD:REQUEST").contains("UID:" + meetingId).contains("SEQUENCE:0")
                .contains("SUMMARY:Wethoudersbijeenkomst Zeeland").contains("PARTSTAT=NEEDS-ACTION");
        String token = reimerswaal.meetingToken(meetingId);
        assertThat(ics[0].replaceAll("\\r?\\n ", "")).as("the link is a credential: never in a calendar entry")
                .doesNotContain(token).doesNotContain("/bijeenkomst/");

        // two seats: Reimerswaal and Terneuzen register, Tholen is waitlisted
        String reimerswaalLink = link(meetingId, reimerswaal);
        String terneuzenLink = link(meetingId, new Mailbox(mail.greenMail(), "w@terneuzen.test.nl"));
        Mailbox tholen = new Mailbox(mail.greenMail(), "w@tholen.test.nl");
        String tholenLink = link(meetingId, tholen);
        assertThat(api.get(reimerswaalLink, null).body().path("status").asText()).isEqualTo("INVITED");
        assertThat(answer(reimerswaalLink + "/register")).isEqualTo("REGISTERED");
        assertThat(answer(reimerswaalLink + "/register")).as("registering again changes nothing")
                .isEqualTo("REGISTERED");
        assertThat(answer(terneuzenLink + "/register")).isEqualTo("REGISTERED");
        assertThat(answer(tholenLink + "/register")).isEqualTo("WAITLISTED");
        assertThat(api.get(tholenLink, null).body().path("waitlistPosition").asInt()).isEqualTo(1);
        Mailbox.Mail confirmed = reimerswaal.await("Bevestiging: u bent aangemeld", 1);
        assertThat(Mailbox.attachment(confirmed, CALENDAR)[0]).contains("PARTSTAT=ACCEPTED");
        assertThat(tholen.await("wachtlijst", 1).text()).contains("plaats 1");
        // the dashboard shows registrations against capacity
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode upcoming = api.get("/api/v1/dashboard/summary", null).body().path("upcomingMeetings");
            JsonNode zeeland = null;
            for (JsonNode candidate : upcoming) {
                if (candidate.path("title").asText().equals("Wethoudersbijeenkomst Zeeland")) {
                    zeeland = candidate;
                }
            }
            assertThat(zeeland).as(upcoming.toString()).isNotNull();
            assertThat(zeeland.path("registered").asInt()).isEqualTo(2);
            assertThat(zeeland.path("capacity").asInt()).isEqualTo(2);
            assertThat(zeeland.path("waitlisted").asInt()).isEqualTo(1);
            assertThat(zeeland.has("attendeeName")).as("aggregates only").isFalse();
        });

        // Terneuzen sends a colleague: she has the seat and a link of her own, the old link stops acting
        assertThat(api.post(terneuzenLink + "/delegate", null,
                "{\"name\": \"Els de Wit\", \"email\": \"e.dewit@terneuzen.test.nl\"}").status()).isEqualTo(200);
        Mailbox colleague = new Mailbox(mail.greenMail(), "e.dewit@terneuzen.test.nl");
        assertThat(colleague.await("U bent aangemeld: Wethoudersbijeenkomst Zeeland", 1).text())
                .contains("Wethouder Terneuzen heeft u");
        String colleagueLink = link(meetingId, colleague);
        assertThat(api.get(colleagueLink, null).body().path("status").asText()).isEqualTo("REGISTERED");
        Api.Response replaced = api.post(terneuzenLink + "/cancel", null, "");
        assertThat(replaced.status()).isEqualTo(404);
        assertThat(replaced.body().path("type").asText()).isEqualTo("urn:problem:coalition:meeting-link-not-found");

        // Reimerswaal cancels: the seat goes to Tholen, who is told and gets the calendar entry
        assertThat(answer(reimerswaalLink + "/cancel")).isEqualTo("CANCELLED");
        assertThat(api.get(tholenLink, null).body().path("status").asText()).isEqualTo("REGISTERED");
        Mailbox.Mail promoted = tholen.await("Er is plaats", 1);
        assertThat(Mailbox.attachment(promoted, CALENDAR)[0]).contains("PARTSTAT=ACCEPTED");
        assertThat(Mailbox.attachment(reimerswaal.await("U bent afgemeld", 1), CALENDAR)[0])
                .contains("METHOD:CANCEL");

        // staff add Vlissingen's address on the address task
        Task addresses = task(process, MeetingProcess.TASK_COMPLETE_ADDRESSES);
        Staff.complete(engine, addresses.getId(), Map.of("contacts",
                "GM0718; Wethouder Vlissingen; w@vlissingen.test.nl"));
        Mailbox vlissingen = new Mailbox(mail.greenMail(), "w@vlissingen.test.nl");
        vlissingen.await(INVITATION + "Wethoudersbijeenkomst Zeeland", 1);
        assertThat(jdbc.queryForObject("select email from meeting_contact where municipality_code = 'GM0718'",
                String.class)).as("remembered for the next meeting").isEqualTo("w@vlissingen.test.nl");

        // the meeting moves a day: everyone still coming gets the updated entry; the timers follow
        Instant newStart = Instant.parse(meeting.path("startsAt").asText()).plus(Duration.ofDays(1));
        Api.Response moved = api.post("/api/v1/meetings/" + meetingId + "/reschedule", "anna",
                "{\"startsAt\": \"" + newStart + "\", \"place\": \"Abdij, Middelburg\", \"reason\": \"De zaal\"}");
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.body().path("sequence").asInt()).isEqualTo(1);
        assertThat(Instant.parse(moved.body().path("endsAt").asText())).as("the duration is kept")
                .isEqualTo(newStart.plus(Duration.ofHours(2)));
        Mailbox.Mail update = tholen.await("De wethoudersbijeenkomst is verplaatst", 1);
        assertThat(update.text()).contains("Abdij, Middelburg").contains("De zaal");
        assertThat(Mailbox.attachment(update, CALENDAR)[0]).contains("SEQUENCE:1").contains("METHOD:REQUEST");
        assertThat(reimerswaal.withSubject("verplaatst")).as("who cancelled is not bothered").isEmpty();
        assertThat(timer(process, MeetingProcess.TIMER_WEEK_BEFORE).getDuedate().toInstant())
                .isEqualTo(newStart.minus(Duration.ofDays(7)));

        // reminders a week and a day before, to those with a seat
        Timers.fire(engine, process, MeetingProcess.TIMER_WEEK_BEFORE);
        assertThat(tholen.await("Herinnering: Wethoudersbijeenkomst Zeeland over een week", 1).text())
                .contains("over een week");
        Timers.fire(engine, process, MeetingProcess.TIMER_DAY_BEFORE);
        colleague.await("Herinnering: Wethoudersbijeenkomst Zeeland morgen", 1);
        assertThat(reimerswaal.withSubject("Herinnering")).isEmpty();

        // afterwards: registrations close, staff record who came, and follow up who came without an intent
        Timers.fire(engine, process, MeetingProcess.TIMER_MEETING_ENDS);
        Api.Response closed = api.post(reimerswaalLink + "/register", null, "");
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.body().path("type").asText()).isEqualTo("urn:problem:coalition:meeting-closed");
        assertThat(closed.body().path("detail").asText()).contains("voorbij");
        Task attendance = task(process, MeetingProcess.TASK_RECORD_ATTENDANCE);
        assertThat(attendance.getName()).isEqualTo("Leg vast wie er was: Wethoudersbijeenkomst Zeeland");
        assertThat(engine.getTaskService().getVariableLocal(attendance.getId(), MeetingProcess.VAR_REGISTRATIONS)
                .toString()).contains("Terneuzen: Els de Wit").contains("Tholen: Wethouder Tholen")
                .doesNotContain("Reimerswaal");
        Map<String, String> invitations = invitationIds(meetingId);
        Staff.complete(engine, attendance.getId(), Map.of(MeetingProcess.VAR_ATTENDED,
                List.of(invitations.get("GM0715"), invitations.get("GM0716")), MeetingProcess.VAR_FOLLOW_UP,
                "task"));
        List<Task> followUps = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(MeetingProcess.TASK_FOLLOW_UP).list();
        assertThat(followUps).extracting(Task::getName).containsExactlyInAnyOrder(
                "Volg Terneuzen op na de wethoudersbijeenkomst", "Volg Tholen op na de wethoudersbijeenkomst");
        for (Task followUp : followUps) {
            Staff.complete(engine, followUp.getId(), Map.of("followUpNote", "Gebeld; intentie volgt in maart."));
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .count()).as("the meeting's process has ended").isZero();
        assertThat(jdbc.queryForList("select follow_up_note from meeting_invitation where meeting_id = ?::uuid "
                + "and follow_up_kind = 'TASK'", String.class, meetingId)).hasSize(2)
                .containsOnly("Gebeld; intentie volgt in maart.");

        // every step is on Kafka, in order under the meeting's key, as the catalogue says
        List<String> types = meetingEvents(meetingId, "meeting-follow-up-created.v1", 2);
        assertThat(types).containsSubsequence("meeting-scheduled.v1", "meeting-invitation-sent.v1",
                "registration-received.v1", "registration-received.v1", "registration-received.v1",
                "meeting-invitation-sent.v1", "registration-cancelled.v1", "waitlist-promoted.v1",
                "meeting-invitation-sent.v1", "meeting-rescheduled.v1", "meeting-reminded.v1", "meeting-reminded.v1",
                "meeting-held.v1", "attendance-recorded.v1", "meeting-follow-up-created.v1");
    }

    @Test
    void a_meeting_planned_on_tasklists_start_form_invites_everyone_and_then_invites_attendees_to_declare_intent() {
        // as Tasklist submits the start form: strings, numbers, and the checklist as a JSON variable
        String startsAt = Instant.now().plus(Duration.ofDays(5)).atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDateTime().truncatedTo(ChronoUnit.HOURS).toString();
        String contacts = String.join("\\n", "GM0034; Wethouder Almere; w@almere.test.nl",
                "GM0050; Wethouder Zeewolde; w@zeewolde.test.nl",
                "GM0171; Wethouder Noordoostpolder; w@noordoostpolder.test.nl", "GM0184; Wethouder Urk; w@urk.test.nl",
                "GM0303; Wethouder Dronten; w@dronten.test.nl", "gm0995; Wethouder Lelystad; w@lelystad.test.nl");
        String form = """
                {"variables": {
                  "title": {"value": "Flevolandse wethouders tegen eenzaamheid", "type": "String"},
                  "startsAt": {"value": "%s", "type": "String"},
                  "durationMinutes": {"value": 90, "type": "Long"},
                  "onlineUrl": {"value": "https://vng.example.nl/live/flevoland", "type": "String"},
                  "capacity": {"value": 40, "type": "Long"},
                  "audience": {"value": "PROVINCES", "type": "String"},
                  "provinces": {"value": "[\\"Flevoland\\"]", "type": "Json"},
                  "contacts": {"value": "%s", "type": "String"}}}""";
        // Tasklist's "Start process" lists it for staff and advisers, not for a municipality's system
        String startable = "/engine-rest/process-definition?key=aldermen-meeting&latestVersion=true"
                + "&startableInTasklist=true&startablePermissionCheck=true";
        assertThat(api.get(startable, "anna").body()).hasSize(1);
        assertThat(api.get(startable, "bram").body()).hasSize(1);
        assertThat(api.get(startable, "gemeente-api").body()).isEmpty();
        Api.Response refused = api.post("/engine-rest/process-definition/key/aldermen-meeting/submit-form",
                "anna", form.formatted("2020-01-01T14:00", contacts));
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.body().path("message").asText()).contains("De bijeenkomst moet in de toekomst beginnen");
        assertThat(api.post("/engine-rest/process-definition/key/aldermen-meeting/submit-form", "gemeente-api",
                form.formatted(startsAt, contacts)).status())
                .as("only programme staff plan meetings: to others the engine does not show the process")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from meeting where title = 'Flevolandse wethouders tegen "
                + "eenzaamheid'", Integer.class)).as("refused starts record nothing").isZero();
        Api.Response started = api.post("/engine-rest/process-definition/key/aldermen-meeting/submit-form",
                "anna", form.formatted(startsAt, contacts));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(started.body().path("id").asText()).singleResult();
        String meetingId = process.getBusinessKey();
        assertThat(meetingId).as("the business key is the meeting's id").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(process.getId()).keySet())
                .as("the process keeps ids only").containsExactlyInAnyOrder("meetingId", "unaddressed");
        JsonNode meeting = api.get("/api/v1/meetings/" + meetingId, "anna").body();
        assertThat(meeting.path("title").asText()).isEqualTo("Flevolandse wethouders tegen eenzaamheid");
        assertThat(meeting.path("scheduledBy").asText()).isEqualTo("anna");
        assertThat(meeting.path("place").isNull() || meeting.path("place").isMissingNode()).isTrue();
        assertThat(meeting.path("invited").asInt()).isEqualTo(6);
        assertThat(meeting.path("unaddressed")).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(MeetingProcess.TASK_COMPLETE_ADDRESSES).count()).isZero();

        Mailbox dronten = new Mailbox(mail.greenMail(), "w@dronten.test.nl");
        Mailbox.Mail invitation = dronten.await(INVITATION + "Flevolandse wethouders", 1);
        assertThat(invitation.text()).contains("https://vng.example.nl/live/flevoland");
        assertThat(Mailbox.attachment(invitation, CALENDAR)[0]).contains("https://vng.example.nl/live/flevoland");
        String drontenLink = link(meetingId, dronten);
        assertThat(answer(drontenLink + "/register")).isEqualTo("REGISTERED");
        // Lelystad's alderman registers on the page the mailed link opens
        String page = "/bijeenkomst/" + meetingId + "/" + new Mailbox(mail.greenMail(), "w@lelystad.test.nl")
                .meetingToken(meetingId);
        assertThat(rest.getForEntity(page, String.class).getBody()).contains("Flevolandse wethouders")
                .contains("U bent uitgenodigd namens Lelystad").contains("online");
        HttpHeaders urlEncoded = new HttpHeaders();
        urlEncoded.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> registered = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .postForEntity(page + "/aanmelden", new HttpEntity<>("", urlEncoded), String.class);
        assertThat(registered.getStatusCode().value()).isEqualTo(302);
        assertThat(rest.getForEntity(page, String.class).getBody()).contains("Wethouder Lelystad is aangemeld");

        Timers.fire(engine, process, MeetingProcess.TIMER_WEEK_BEFORE);
        assertThat(dronten.withSubject("Herinnering")).as("scheduled within the week: no week reminder").isEmpty();
        Timers.fire(engine, process, MeetingProcess.TIMER_DAY_BEFORE);
        dronten.await("Herinnering: Flevolandse wethouders tegen eenzaamheid morgen", 1);
        Timers.fire(engine, process, MeetingProcess.TIMER_MEETING_ENDS);

        // staff tick who came in Tasklist: the checklist's answer is a JSON variable
        Task attendance = task(process, MeetingProcess.TASK_RECORD_ATTENDANCE);
        JsonNode formVariables = api.get("/engine-rest/task/" + attendance.getId()
                + "/form-variables?deserializeValues=false", "anna").body(); // as Tasklist asks for them
        assertThat(formVariables.path("registrations").path("type").asText()).isEqualTo("Json");
        assertThat(formVariables.path("registrations").path("value").asText()).contains("Dronten: Wethouder Dronten")
                .contains("Lelystad: Wethouder Lelystad");
        assertThat(api.post("/engine-rest/task/" + attendance.getId() + "/claim", "anna", "{\"userId\": \"anna\"}")
                .status()).isEqualTo(204);
        Api.Response completed = api.post("/engine-rest/task/" + attendance.getId() + "/complete", "anna", """
                {"variables": {"attended": {"value": "[\\"%s\\"]", "type": "Json"},
                 "followUp": {"value": "intent-invitation", "type": "String"}}}"""
                .formatted(invitationIds(meetingId).get("GM0303")));
        assertThat(completed.status()).as(completed.body() == null ? "" : completed.body().toString())
                .isEqualTo(204);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .count()).as("no tasks: the process has ended").isZero();
        assertThat(dronten.await("vorm een lokale coalitie tegen eenzaamheid in Dronten", 1).text())
                .contains("/api/v1/intents");
        Map<String, String> attended = new HashMap<>();
        api.get("/api/v1/meetings/" + meetingId + "/invitations", "anna").body().forEach(invitee -> attended.put(
                invitee.path("municipalityCode").asText(), invitee.path("attended").asText("not recorded")));
        assertThat(attended).containsEntry("GM0303", "true").containsEntry("GM0995", "false")
                .as("who did not register is not in the attendance").containsEntry("GM0034", "not recorded");
        meetingEvents(meetingId, "meeting-follow-up-created.v1", 1);
    }

    @Test
    void a_cancelled_meeting_tells_everyone_removes_the_calendar_entry_and_ends() {
        String meetingId = schedule("Bijeenkomst die niet doorgaat", 25, 10, "\"PROVINCES\"", "[\"Zeeland\"]", """
                [{"municipalityCode": "GM0717", "name": "Wethouder Veere", "email": "w@veere.test.nl"},
                 {"municipalityCode": "GM0687", "name": "Wethouder Middelburg", "email": "w@middelburg.test.nl"}]""");
        Mailbox veere = new Mailbox(mail.greenMail(), "w@veere.test.nl");
        String link = link(meetingId, veere);
        assertThat(answer(link + "/register")).isEqualTo("REGISTERED");
        Mailbox middelburg = new Mailbox(mail.greenMail(), "w@middelburg.test.nl");
        String declined = link(meetingId, middelburg);
        assertThat(api.post(declined + "/decline", null, "{\"reason\": \"Raadsvergadering\"}").body()
                .path("status").asText()).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject("select decline_reason from meeting_invitation where meeting_id = ?::uuid "
                + "and municipality_code = 'GM0687'", String.class, meetingId)).isEqualTo("Raadsvergadering");

        assertThat(api.post("/api/v1/meetings/" + meetingId + "/cancel", "anna", "{}").status())
                .as("a reason is required").isEqualTo(400);
        Api.Response cancelled = api.post("/api/v1/meetings/" + meetingId + "/cancel", "anna",
                "{\"reason\": \"De minister is verhinderd; een nieuwe datum volgt.\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");

        Mailbox.Mail mailed = veere.await("Geannuleerd", 1);
        assertThat(mailed.text()).contains("De minister is verhinderd");
        assertThat(Mailbox.attachment(mailed, CALENDAR)[0]).contains("METHOD:CANCEL").contains("STATUS:CANCELLED")
                .contains("SEQUENCE:1");
        assertThat(middelburg.withSubject("Geannuleerd")).as("who declined is not bothered").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
                .count()).isZero();
        Api.Response late = api.post(link + "/cancel", null, "");
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body().path("detail").asText()).contains("geannuleerd");
        assertThat(api.post("/api/v1/meetings/" + meetingId + "/cancel", "anna", "{\"reason\": \"nogmaals\"}")
                .status()).isEqualTo(409);
        assertThat(meetingEvents(meetingId, "meeting-cancelled.v1", 1)).contains("registration-received.v1");
    }

    @Test
    void two_registrations_racing_for_the_last_seat_get_one_seat_and_one_place_on_the_waiting_list() throws Exception {
        String[][] rounds = {{"GM0737", "GM1891", "1"}, {"GM1940", "GM1949", "2"}, {"GM1891", "GM1940", "3"}};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String[] round : rounds) {
                String meetingId = schedule("Race om de laatste plaats " + round[2], 30, 1, "\"PROVINCES\"",
                        "[\"Fryslân\"]", """
                        [{"municipalityCode": "%s", "name": "Wethouder A", "email": "a%s@race.test.nl"},
                         {"municipalityCode": "%s", "name": "Wethouder B", "email": "b%s@race.test.nl"}]"""
                                .formatted(round[0], round[2], round[1], round[2]));
                String first = link(meetingId, new Mailbox(mail.greenMail(), "a" + round[2] + "@race.test.nl"));
                String second = link(meetingId, new Mailbox(mail.greenMail(), "b" + round[2] + "@race.test.nl"));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> a = pool.submit(() -> {
                    start.await();
                    return answer(first + "/register");
                });
                Future<String> b = pool.submit(() -> {
                    start.await();
                    return answer(second + "/register");
                });
                assertThat(List.of(a.get(), b.get())).as("round " + round[0])
                        .containsExactlyInAnyOrder("REGISTERED", "WAITLISTED");
                JsonNode meeting = api.get("/api/v1/meetings/" + meetingId, "anna").body();
                assertThat(meeting.path("registered").asInt()).isEqualTo(1);
                assertThat(meeting.path("waitlisted").asInt()).isEqualTo(1);
                if (round[2].equals("3")) {
                    // a bigger room: the waiting list moves up at once, and the one who waited is told
                    Api.Response lower = api.post("/api/v1/meetings/" + meetingId + "/reschedule", "anna",
                            "{\"capacity\": 0}");
                    assertThat(lower.status()).isEqualTo(400);
                    Api.Response bigger = api.post("/api/v1/meetings/" + meetingId + "/reschedule", "anna",
                            "{\"capacity\": 2}");
                    assertThat(bigger.status()).isEqualTo(200);
                    assertThat(bigger.body().path("registered").asInt()).isEqualTo(2);
                    assertThat(bigger.body().path("waitlisted").asInt()).isZero();
                    String waited = a.get().equals("WAITLISTED") ? "a3@race.test.nl" : "b3@race.test.nl";
                    new Mailbox(mail.greenMail(), waited).await("Er is plaats", 1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forged_reused_and_other_meetings_links_are_refused_with_a_problem_detail_and_change_nothing() {
        String meetingId = schedule("Linkcontrole", 30, 5, "\"PROVINCES\"", "[\"Zeeland\"]", """
                [{"municipalityCode": "GM1676", "name": "Wethouder Schouwen", "email": "w@schouwen.test.nl"}]""");
        String other = schedule("Een andere bijeenkomst", 31, 5, "\"PROVINCES\"", "[\"Zeeland\"]", """
                [{"municipalityCode": "GM1695", "name": "Wethouder Noord-Beveland", "email": "w@nb.test.nl"}]""");
        Mailbox schouwen = new Mailbox(mail.greenMail(), "w@schouwen.test.nl");
        String token = schouwen.meetingToken(meetingId);
        String before = state();

        Api.Response forged = api.post("/api/v1/meetings/" + meetingId + "/invitation/"
                + "A".repeat(43) + "/register", null, "");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body().path("type").asText()).isEqualTo("urn:problem:coalition:meeting-link-not-found");
        assertThat(forged.body().path("detail").asText()).contains("ongeldig");
        assertThat(forged.headers().getContentType().toString()).startsWith("application/problem+json");

        Api.Response elsewhere = api.post("/api/v1/meetings/" + other + "/invitation/" + token + "/register", null,
                "");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body().path("type").asText())
                .isEqualTo("urn:problem:coalition:meeting-link-other-meeting");
        assertThat(elsewhere.body().path("detail").asText()).contains("andere bijeenkomst");
        assertThat(state()).as("refusals change nothing").isEqualTo(before);

        // the page says the same to a person
        assertThat(rest.getForEntity("/bijeenkomst/" + other + "/" + token, String.class).getBody())
                .contains("hoort bij een andere bijeenkomst");
        assertThat(rest.getForEntity("/bijeenkomst/" + meetingId + "/" + token, String.class).getBody())
                .contains("Linkcontrole").contains("Ik kom");

        // reused after the meeting
        String link = "/api/v1/meetings/" + meetingId + "/invitation/" + token;
        assertThat(answer(link + "/register")).isEqualTo("REGISTERED");
        Timers.fire(engine, process(meetingId), MeetingProcess.TIMER_WEEK_BEFORE);
        Timers.fire(engine, process(meetingId), MeetingProcess.TIMER_DAY_BEFORE);
        Timers.fire(engine, process(meetingId), MeetingProcess.TIMER_MEETING_ENDS);
        String held = state();
        for (String action : List.of("/register", "/cancel", "/decline")) {
            Api.Response reused = api.post(link + action, null, "{}");
            assertThat(reused.status()).as(action).isEqualTo(410);
            assertThat(reused.body().path("type").asText()).isEqualTo("urn:problem:coalition:meeting-closed");
        }
        assertThat(api.get(link, null).body().path("open").asBoolean()).isFalse();
        assertThat(state()).isEqualTo(held);
        assertThat(api.post("/api/v1/meetings/" + meetingId + "/reschedule", "anna",
                "{\"capacity\": 9}").status()).as("a held meeting does not move").isEqualTo(409);
    }

    @Test
    void a_wrong_meeting_is_refused_with_the_field_to_correct_and_nothing_is_scheduled() {
        int before = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        String start = Instant.now().plus(Duration.ofDays(10)).toString();
        String end = Instant.now().plus(Duration.ofDays(10)).plus(Duration.ofHours(2)).toString();
        Map<String, String> wrong = Map.of(
                "{\"title\": \"T\", \"startsAt\": \"2020-01-01T10:00:00Z\", \"endsAt\": \"2020-01-01T12:00:00Z\", "
                        + "\"place\": \"Utrecht\", \"capacity\": 5, \"audience\": \"ALL\"}", "startsAt",
                "{\"title\": \"T\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + end + "\", \"capacity\": 5, "
                        + "\"audience\": \"ALL\"}", "place",
                "{\"title\": \"T\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + end + "\", \"place\": \"U\", "
                        + "\"capacity\": 0, \"audience\": \"ALL\"}", "capacity",
                "{\"title\": \"T\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + end + "\", \"place\": \"U\", "
                        + "\"capacity\": 5, \"audience\": \"PROVINCES\", \"provinces\": [\"Brabant\"]}", "provinces",
                "{\"title\": \"T\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + end + "\", \"place\": \"U\", "
                        + "\"capacity\": 5, \"audience\": \"ALL\", \"onlineUrl\": \"http://zoom\"}", "onlineUrl",
                "{\"title\": \"T\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + end + "\", \"place\": \"U\", "
                        + "\"capacity\": 5, \"audience\": \"NOT_JOINED\", \"contacts\": [{\"municipalityCode\": "
                        + "\"GM9999\", \"name\": \"X\", \"email\": \"x@example.nl\"}]}",
                "contacts[0].municipalityCode");
        wrong.forEach((body, field) -> {
            Api.Response response = api.post("/api/v1/meetings", "anna", body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.body().path("type").asText()).isEqualTo("urn:problem:coalition:invalid-request");
            assertThat(response.body().path("errors").findValuesAsText("field")).as(body).contains(field);
        });
        assertThat(api.post("/api/v1/meetings", "gemeente-api", "{\"title\": \"T\", \"startsAt\": \"" + start
                + "\", \"endsAt\": \"" + end + "\", \"place\": \"U\", \"capacity\": 5, \"audience\": \"ALL\"}")
                .status()).as("municipalities' systems do not schedule meetings").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String schedule(String title, int inDays, int capacity, String audience, String provinces,
                            String contacts) {
        Instant start = Instant.now().plus(Duration.ofDays(inDays)).truncatedTo(ChronoUnit.HOURS);
        Api.Response response = api.post("/api/v1/meetings", "anna", """
                {"title": "%s", "startsAt": "%s", "endsAt": "%s", "place": "Middelburg", "capacity": %d,
                 "programme": "14.00 Welkom door de minister\\n14.30 Gesprekken in tafels", "hosts": "de minister",
                 "audience": %s, "provinces": %s, "contacts": %s}""".formatted(title, start,
                start.plus(Duration.ofHours(2)), capacity, audience, provinces, contacts));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        assertThat(response.headers().getLocation().toString()).endsWith(response.body().path("id").asText());
        return response.body().path("id").asText();
    }

    private String link(String meetingId, Mailbox mailbox) {
        return "/api/v1/meetings/" + meetingId + "/invitation/" + mailbox.meetingToken(meetingId);
    }

    private String answer(String path) {
        Api.Response response = api.post(path, null, "");
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body().path("status").asText();
    }

    private ProcessInstance process(String meetingId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(meetingId).singleResult();
    }

    private Task task(ProcessInstance process, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private Job timer(ProcessInstance process, String id) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).activityId(id)
                .singleResult();
    }

    private Map<String, String> invitationIds(String meetingId) {
        Map<String, String> ids = new HashMap<>();
        api.get("/api/v1/meetings/" + meetingId + "/invitations", "anna").body()
                .forEach(invitation -> ids.put(invitation.path("municipalityCode").asText(),
                        invitation.path("id").asText()));
        return ids;
    }

    private String state() {
        return jdbc.queryForList("select id, status, attendee_email, registered_at from meeting_invitation "
                + "order by id").toString() + jdbc.queryForObject("select count(*) from outbox_event", Long.class);
    }

    /** The meeting's events, once {@code count} of {@code last} arrived; each valid under its published schema. */
    private List<String> meetingEvents(String meetingId, String last, int count) {
        String key = "meeting-" + meetingId;
        events.await(record -> key.equals(record.key()) && EventStream.json(record).path("type").asText()
                .equals(PREFIX + last), count, Duration.ofSeconds(30));
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : events.matching(r -> key.equals(r.key()))) {
            JsonNode event = EventStream.json(record);
            assertThat(event.path("subject").asText()).isEqualTo(key);
            String type = event.path("type").asText().replace(PREFIX, "");
            assertThat(EventSchemas.problems(type, event.path("data"))).as(type + " " + event.path("data")).isEmpty();
            types.add(type);
        }
        return types;
    }
}
