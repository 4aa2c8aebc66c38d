package nl.eentegeneenzaamheid.coalition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spine end to end: a REST request starts the municipality's process and its event reaches a plain Kafka
 * consumer, keyed by the municipality's CBS code.
 */
@IntegrationTest
class IntentSpineIntegrationTest {

    private static final String EVENTS = "coalition.onboarding.events.v1";
    private static final String INTENT_REGISTERED = "nl.eentegeneenzaamheid.coalition.intent-registered.v1";

    @Autowired TestRestTemplate rest;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired IntakeService intake;
    @Autowired TransactionTemplate transactions;

    Api api;
    EventStream events;

    @BeforeEach
    void openEventStream() {
        api = new Api(rest);
        events = EventStream.fromNow(kafka.bootstrapServers(), EVENTS);
    }

    @AfterEach
    void closeEventStream() {
        events.close();
    }

    @Test
    void an_intent_starts_the_journey_and_its_event_reaches_kafka_keyed_by_the_municipality() {
        // when the municipality of Coevorden declares its intent through the API
        Api.Response response = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0109"));

        // then the onboarding exists
        assertThat(response.status()).isEqualTo(201);
        String onboardingId = response.body().path("onboardingId").asText();
        assertThat(response.headers().getLocation()).hasToString("/api/v1/onboardings/" + onboardingId);
        Api.Response onboarding = api.get("/api/v1/onboardings/" + onboardingId, "anna");
        assertThat(onboarding.status()).isEqualTo(200);
        assertThat(onboarding.body().path("municipalityName").asText()).isEqualTo("Coevorden");
        assertThat(onboarding.body().path("stage").asText()).isEqualTo("INTENT_REVIEW");

        // and its process runs, with the onboarding id as business key, waiting for the staff's review
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY).processInstanceBusinessKey(onboardingId).singleResult();
        assertThat(process).isNotNull();
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(IntentReviewProcess.TASK_REVIEW_INTENT);
        assertThat(review.getName()).isEqualTo("Beoordeel intentie Coevorden");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("programme-staff").count())
                .isOne();

        // and IntentRegistered is on the events topic, a CloudEvent keyed by GM0109
        ConsumerRecord<String, String> record = events.awaitOne(
                EventStream.event(INTENT_REGISTERED, "onboardingId", onboardingId), Duration.ofSeconds(30));
        assertThat(record.key()).isEqualTo("GM0109");
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .startsWith("application/cloudevents+json");
        JsonNode event = EventStream.json(record);
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.path("id").asText())).isNotNull();
        assertThat(event.path("source").asText()).isEqualTo("urn:nl:eentegeneenzaamheid:coalition-workflow");
        assertThat(event.path("subject").asText()).isEqualTo("GM0109");
        assertThat(event.path("time").asText()).isNotBlank();
        JsonNode data = event.path("data");
        assertThat(data.path("municipalityName").asText()).isEqualTo("Coevorden");
        assertThat(data.path("province").asText()).isEqualTo("Drenthe");
        assertThat(data.path("alderman").path("name").asText()).isEqualTo("Jan Broekema");
        assertThat(data.path("inCollegeProgramme").asBoolean()).isTrue();
        assertThat(data.path("channel").asText()).isEqualTo("API");
    }

    @Test
    void the_journey_the_process_and_the_event_commit_together_or_not_at_all() {
        RegisterIntent intent = new RegisterIntent("GM0193",
                new RegisterIntent.Person("Wethouder Zwolle", "wethouder@example.nl", null),
                new RegisterIntent.Person("Ambtenaar Zwolle", "ambtenaar@example.nl", null), true, "Zwolle doet mee");

        // when the transaction that registers the intent fails after the process has started
        String[] onboardingId = new String[1];
        transactions.executeWithoutResult(status -> {
            onboardingId[0] = intake.registerIntent(intent, null, Channel.API, "test").onboardingId().toString();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(onboardingId[0])
                    .processDefinitionKey(OnboardingProcess.KEY).count()).as("started inside the transaction").isOne();
            status.setRollbackOnly();
        });

        // then nothing of it remains: no process, no onboarding, no event
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(onboardingId[0])
                .processDefinitionKey(OnboardingProcess.KEY).count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = 'GM0193'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = 'GM0193'",
                Integer.class)).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_answer_and_changes_nothing() {
        Map<String, String> key = Map.of("Idempotency-Key", "intent-" + UUID.randomUUID());
        Api.Response first = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0363"), key);
        Api.Response retry = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0363"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().path("onboardingId")).isEqualTo(first.body().path("onboardingId"));
        String onboardingId = first.body().path("onboardingId").asText();
        events.awaitOne(EventStream.event(INTENT_REGISTERED, "onboardingId", onboardingId), Duration.ofSeconds(30));
        events.drain(Duration.ofSeconds(1));
        assertThat(events.matching(EventStream.event(INTENT_REGISTERED, "municipalityCode", "GM0363"))).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(onboardingId)
                .processDefinitionKey(OnboardingProcess.KEY).count())
                .isOne();

        // the same key with another body is a client error, not a silent replay
        Api.Response misuse = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0344"), key);
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(misuse.body().path("type").asText()).isEqualTo("urn:problem:coalition:idempotency-key-reused");
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = 'GM0344'",
                Integer.class)).isZero();
    }

    @Test
    void a_second_intent_for_a_municipality_in_progress_is_refused_with_a_link_to_the_first() {
        Api.Response first = api.post("/api/v1/intents", "anna", Api.intent("GM0014"));
        Api.Response second = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0014"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("existingOnboarding").asText())
                .isEqualTo("/api/v1/onboardings/" + first.body().path("onboardingId").asText());
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = 'GM0014'",
                Integer.class)).isOne();
    }
}
