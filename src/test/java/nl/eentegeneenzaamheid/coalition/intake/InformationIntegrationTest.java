package nl.eentegeneenzaamheid.coalition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The municipality answers the staff's question through the API.
 */
@IntegrationTest
class InformationIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired ProcessEngine processEngine;
    @Autowired JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(rest);
    }

    @Test
    void the_answer_puts_the_intent_back_in_review_and_shows_on_the_timeline() {
        String onboardingId = intentOf("GM0855");
        askQuestion(onboardingId, "Welke partners doen mee?");

        Api.Response answer = api.post("/api/v1/onboardings/" + onboardingId + "/information", "gemeente-api",
                "{\"answer\": \"Het wijkcentrum, Humanitas en de bibliotheek.\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("stage").asText()).isEqualTo("INTENT_REVIEW");
        Api.Response onboarding = api.get("/api/v1/onboardings/" + onboardingId, "anna");
        assertThat(onboarding.body().path("stage").asText()).isEqualTo("INTENT_REVIEW");
        assertThat(onboarding.body().path("timeline").findValuesAsText("kind"))
                .containsExactly("intent-registered", "information-requested", "information-provided");
        assertThat(reviewTask(onboardingId)).as("staff review again").isNotNull();
    }

    @Test
    void an_answer_nobody_asked_for_is_a_conflict_and_changes_nothing() {
        String onboardingId = intentOf("GM0772");
        Map<String, Integer> before = counts();

        Api.Response answer = api.post("/api/v1/onboardings/" + onboardingId + "/information", "gemeente-api",
                "{\"answer\": \"Alvast een antwoord.\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().path("type").asText()).isEqualTo("urn:problem:coalition:wrong-stage");
        assertThat(answer.body().path("stage").asText()).isEqualTo("INTENT_REVIEW");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bad_answers_are_refused_and_change_nothing() {
        String onboardingId = intentOf("GM0935");
        askQuestion(onboardingId, "Hoe groot is de coalitie?");
        Map<String, Integer> before = counts();
        String path = "/api/v1/onboardings/" + onboardingId + "/information";

        assertThat(api.post(path, "gemeente-api", "{\"answer\": \"   \"}").status()).isEqualTo(400);
        assertThat(api.post(path, "gemeente-api", "{\"answer\": 42").status()).isEqualTo(400);
        assertThat(api.post(path, "gemeente-api", "{}").body().path("errors").findValuesAsText("field"))
                .containsExactly("answer");
        assertThat(api.post(path, "gemeente-api", "{\"answer\": \"" + "x".repeat(4001) + "\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/onboardings/" + UUID.randomUUID() + "/information", "gemeente-api",
                "{\"answer\": \"Ja\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/onboardings/not-an-id/information", "gemeente-api",
                "{\"answer\": \"Ja\"}").status()).isEqualTo(400);
        assertThat(api.post(path, null, "{\"answer\": \"Ja\"}").status()).isEqualTo(401);
        assertThat(counts()).isEqualTo(before);
    }

    private String intentOf(String municipalityCode) {
        Api.Response response = api.post("/api/v1/intents", "gemeente-api", Api.intent(municipalityCode));
        assertThat(response.status()).isEqualTo(201);
        return response.body().path("onboardingId").asText();
    }

    private void askQuestion(String onboardingId, String question) {
        Staff.complete(processEngine, reviewTask(onboardingId).getId(), Map.of(
                OnboardingProcess.VAR_REVIEW_DECISION, "request-information",
                IntentReviewProcess.VAR_REVIEW_NOTE, question));
    }

    private Task reviewTask(String onboardingId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(onboardingId)
                .taskDefinitionKey(IntentReviewProcess.TASK_REVIEW_INTENT).singleResult();
    }

    private Map<String, Integer> counts() {
        return Map.of("outbox", count("outbox_event"), "timeline", count("onboarding_timeline"),
                "tasks", count("act_ru_task"), "onboarding stages", jdbc.queryForObject(
                        "select count(distinct stage) from onboarding", Integer.class));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
