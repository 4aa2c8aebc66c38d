package nl.eentegeneenzaamheid.coalition.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.EventSchemas;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A municipality walks the journey (so far) through the public surfaces only: its system uses the project's API,
 * staff work through the engine's REST API as Tasklist does, and a plain Kafka consumer sees every step, in order.
 */
@IntegrationTest
class JourneyIntegrationTest {

    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";

    @Autowired TestRestTemplate rest;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired EmbeddedMailServer mail;
    @Autowired ProcessEngine engine;

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
    void emmen_walks_the_whole_journey_from_intent_to_joined() {
        String onboardingId = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0114",
                "wethouder@emmen.example.nl", "contact@emmen.example.nl")).body().path("onboardingId").asText();
        completeTask(onboardingId, "anna", "{\"reviewDecision\": {\"value\": \"approve\"}}");

        // the municipality proposes three partners of two kinds; each accepts through its own link
        List<String> signers = new ArrayList<>(List.of("wethouder@emmen.example.nl"));
        for (String[] partner : new String[][] {{"Welzijnsstichting Emmen", "WELFARE", "welzijn"},
                {"Woningstichting Emmen", "HOUSING", "wonen"}, {"Buurtcentrum Emmerhout", "WELFARE", "buurt"}}) {
            String link = api.post("/api/v1/onboardings/" + onboardingId + "/partners", "gemeente-api", """
                    {"organisationName": "%s", "type": "%s", "contactName": "Contact",
                     "contactEmail": "contact@example.nl"}""".formatted(partner[0], partner[1]))
                    .body().path("invitationLink").asText();
            String signer = "bestuur@" + partner[2] + ".emmen.example.nl";
            assertThat(api.post(link.substring(link.indexOf("/api/")) + "/accept", null,
                    "{\"signerName\": \"Bestuurder " + partner[0] + "\", \"signerRole\": \"bestuurder\","
                            + " \"signerEmail\": \"" + signer + "\"}").status()).isEqualTo(200);
            signers.add(signer);
        }
        assertThat(api.post("/api/v1/onboardings/" + onboardingId + "/recruitment/complete", "gemeente-api", "")
                .status()).isEqualTo(204);
        assertThat(stage(onboardingId)).as("three partners of two kinds: ready").isEqualTo("SIGNING");
        JsonNode onboarding = api.get("/api/v1/onboardings/" + onboardingId, "anna").body();
        assertThat(onboarding.path("partners").findValuesAsText("status")).containsExactly("ACCEPTED", "ACCEPTED",
                "ACCEPTED");
        assertThat(onboarding.path("partners").findValuesAsText("organisationName"))
                .contains("Woningstichting Emmen");

        // everyone signs digitally: the link from the mail, a code from the mail, name and consent
        String envelopeId = api.get("/api/v1/onboardings/" + onboardingId + "/signing/envelope", "gemeente-api")
                .body().path("id").asText();
        for (String address : signers) {
            Mailbox mailbox = new Mailbox(mail.greenMail(), address);
            String token = mailbox.signingToken(1);
            JsonNode view = api.get("/api/v1/signing/" + token, null).body();
            assertThat(view.path("title").asText()).isEqualTo(
                    "Intentieverklaring lokale coalitie Eén tegen eenzaamheid: Emmen");
            assertThat(api.post("/api/v1/signing/" + token + "/code", null, "").status()).isEqualTo(202);
            assertThat(api.post("/api/v1/signing/" + token + "/sign", null, """
                    {"fullName": "%s", "consent": true, "code": "%s"}""".formatted(view.path("name").asText(),
                    mailbox.code(1))).status()).isEqualTo(200);
        }
        // the job executor (off in tests) seals the completed agreement
        String signingProcess = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(onboardingId).processDefinitionKey("coalition-signing").singleResult()
                .getId();
        Job sealing = engine.getManagementService().createJobQuery().processInstanceId(signingProcess)
                .activityId("seal-agreement").singleResult();
        engine.getManagementService().executeJob(sealing.getId());
        assertThat(stage(onboardingId)).isEqualTo("ONBOARDING");
        assertThat(api.get("/api/v1/envelopes/" + envelopeId, "anna").body().path("status").asText())
                .isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/envelopes/" + envelopeId + "/audit/verify", "eva").body().path("valid")
                .asBoolean()).isTrue();

        // the central team onboards it; the municipality sends its local plan
        completeTask(onboardingId, "bram", "{\"adviser\": {\"value\": \"Bram Jansen\"}}");
        completeTask(onboardingId, "bram", "{\"kickoffOn\": {\"value\": \"2027-01-12\"},"
                + " \"kickoffPlace\": {\"value\": \"Raadhuis Emmen\"}}");
        // staff plan an aldermen's meeting for Drenthe; Emmen's alderman is invited with a personal link
        String start = Instant.now().plus(Duration.ofDays(45)).truncatedTo(ChronoUnit.HOURS).toString();
        String end = Instant.parse(start).plus(Duration.ofHours(2)).toString();
        Api.Response scheduled = api.post("/api/v1/meetings", "anna", """
                {"title": "Samen aan de slag tegen eenzaamheid in Drenthe", "startsAt": "%s", "endsAt": "%s",
                 "place": "Provinciehuis Assen", "capacity": 60, "audience": "PROVINCES", "provinces": ["Drenthe"]}"""
                .formatted(start, end));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(201);
        assertThat(uploadAs("gemeente-api", "/api/v1/onboardings/" + onboardingId + "/local-plan", "plan.pdf"))
                .isEqualTo(204);
        assertThat(stage(onboardingId)).isEqualTo("JOINED");

        // every step reached Kafka, in order, keyed by Emmen's code
        events.awaitOne(record -> "GM0114".equals(record.key())
                && EventStream.json(record).path("type").asText().equals(PREFIX + "onboarding-completed.v1"),
                Duration.ofSeconds(30));
        List<String> types = events.matching(record -> "GM0114".equals(record.key())).stream()
                .map(record -> EventStream.json(record).path("type").asText().replace(PREFIX, "")).toList();
        assertThat(types).containsSubsequence("intent-registered.v1", "intent-approved.v1", "partner-proposed.v1",
                "partner-invited.v1", "partner-accepted.v1", "recruitment-completed.v1", "coalition-assessed.v1",
                "signing-started.v1", "signing-request-sent.v1", "signature-recorded.v1", "signing-completed.v1",
                "adviser-assigned.v1", "kickoff-scheduled.v1",
                "local-plan-received.v1", "alderman-invited.v1", "onboarding-completed.v1");
        assertThat(types.stream().filter(type -> type.equals("partner-accepted.v1"))).hasSize(3);
        // the municipality heard of every step by mail, with the sealed agreement attached
        Mailbox contact = new Mailbox(mail.greenMail(), "contact@emmen.example.nl");
        contact.await("Uw intentie is ontvangen (Emmen)", 1);
        contact.await("Uw intentie is goedgekeurd", 1);
        assertThat(contact.await("Ondertekend: intentieverklaring", 1).attachments()).hasSize(1);
        contact.await("Welkom bij Eén tegen eenzaamheid (Emmen)", 1);
        Mailbox.Mail invitation = new Mailbox(mail.greenMail(), "wethouder@emmen.example.nl").await(
                "Uitnodiging: Samen aan de slag tegen eenzaamheid in Drenthe", 1);
        assertThat(invitation.text()).contains("wethouder van Emmen").contains("/bijeenkomst/");
        assertThat(invitation.attachments()).contains("wethoudersbijeenkomst.ics");

        // and each one is what the published catalogue (docs/events) says it is
        for (ConsumerRecord<String, String> record : events.matching(record -> "GM0114".equals(record.key()))) {
            JsonNode event = EventStream.json(record);
            assertThat(EventSchemas.problems(event.path("type").asText(), event.path("data")))
                    .as(event.path("type").asText()).isEmpty();
        }
    }

    @Test
    void meppel_answers_a_question_and_is_approved() {
        // the municipality's system declares the intent
        String onboardingId = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0119"))
                .body().path("onboardingId").asText();

        // a staff member asks a question in Tasklist
        completeReview(onboardingId, "{\"reviewDecision\": {\"value\": \"request-information\"},"
                + " \"reviewNote\": {\"value\": \"Welke partners doen mee?\"}}");
        assertThat(stage(onboardingId)).isEqualTo("INFORMATION_REQUESTED");

        // the municipality answers
        assertThat(api.post("/api/v1/onboardings/" + onboardingId + "/information", "gemeente-api",
                "{\"answer\": \"Welzijnswerk, de woningcorporatie en drie kerken.\"}").status()).isEqualTo(200);

        // the staff member approves
        completeReview(onboardingId, "{\"reviewDecision\": {\"value\": \"approve\"}}");
        assertThat(stage(onboardingId)).isEqualTo("RECRUITMENT");

        // and every step reached Kafka, in order, keyed by Meppel's code
        List<ConsumerRecord<String, String>> journey = events.await(
                record -> "GM0119".equals(record.key()), 4, Duration.ofSeconds(30));
        assertThat(journey).extracting(record -> EventStream.json(record).path("type").asText()).containsExactly(
                PREFIX + "intent-registered.v1", PREFIX + "information-requested.v1",
                PREFIX + "information-provided.v1", PREFIX + "intent-approved.v1");
        JsonNode approved = EventStream.json(journey.get(3)).path("data");
        assertThat(approved.path("onboardingId").asText()).isEqualTo(onboardingId);
        assertThat(approved.path("reviewedBy").asText()).as("the staff member, as the engine knew her")
                .isEqualTo("anna");
        assertThat(api.get("/api/v1/onboardings/" + onboardingId, "anna").body().path("timeline")
                .findValuesAsText("actor")).containsExactly("gemeente-api", "anna", "gemeente-api", "anna");
    }

    @Test
    void hoogeveen_is_rejected_with_a_reason_it_can_read() {
        String onboardingId = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0118"))
                .body().path("onboardingId").asText();

        completeReview(onboardingId, "{\"reviewDecision\": {\"value\": \"reject\"},"
                + " \"reviewNote\": {\"value\": \"Eerst een wethouder aanwijzen, dan graag opnieuw.\"}}");

        ConsumerRecord<String, String> rejected = events.awaitOne(record -> "GM0118".equals(record.key())
                && EventStream.json(record).path("type").asText().equals(PREFIX + "intent-rejected.v1"),
                Duration.ofSeconds(30));
        assertThat(EventStream.json(rejected).path("data").path("reason").asText())
                .isEqualTo("Eerst een wethouder aanwijzen, dan graag opnieuw.");
        assertThat(stage(onboardingId)).isEqualTo("REJECTED");
    }

    /** As Tasklist does, for whichever task of the journey is open: find it, claim it, complete it. */
    private void completeTask(String onboardingId, String user, String variables) {
        JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + onboardingId, user).body();
        assertThat(tasks).as("one open task for " + user).hasSize(1);
        String taskId = tasks.get(0).path("id").asText();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", user, "{\"userId\": \"" + user + "\"}")
                .status()).isEqualTo(204);
        Api.Response completed = api.post("/engine-rest/task/" + taskId + "/complete", user,
                "{\"variables\": " + variables + "}");
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(204);
    }

    private int uploadAs(String user, String path, String filename) {
        return api.upload(path, user, filename, TestDocuments.pdf("Emmen"));
    }

    /** As Tasklist does: find the group's task through the engine's REST API, claim it, complete it. */
    private void completeReview(String onboardingId, String variables) {
        JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + onboardingId
                + "&taskDefinitionKey=" + IntentReviewProcess.TASK_REVIEW_INTENT, "anna").body();
        assertThat(tasks).hasSize(1);
        String taskId = tasks.get(0).path("id").asText();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "anna", "{\"userId\": \"anna\"}").status())
                .isEqualTo(204);
        Api.Response completed = api.post("/engine-rest/task/" + taskId + "/complete", "anna",
                "{\"variables\": " + variables + "}");
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(204);
    }

    private String stage(String onboardingId) {
        return api.get("/api/v1/onboardings/" + onboardingId, "anna").body().path("stage").asText();
    }
}
