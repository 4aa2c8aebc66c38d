package nl.eentegeneenzaamheid.coalition.platform.camunda;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff submit in Tasklist goes through the engine's REST API ({@code submit-form}): a form the rules refuse is
 * a 400 with the reason Tasklist shows, never a 500 with an exception's class, and the task stays as it was.
 */
@IntegrationTest
class TasklistFormIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_refused_form_is_a_400_with_the_reason_and_the_task_stays_open() {
        Api api = new Api(rest);
        String code = new TestMunicipalities(jdbc).unused();
        String onboardingId = api.post("/api/v1/intents", "gemeente-api", Api.intent(code)).body()
                .path("onboardingId").asText();
        String taskId = api.get("/engine-rest/task?processInstanceBusinessKey=" + onboardingId, "anna").body().get(0)
                .path("id").asText();
        String submit = "/engine-rest/task/" + taskId + "/submit-form";

        for (String variables : List.of(
                "{\"reviewDecision\": {\"value\": \"misschien\"}}",
                "{\"reviewDecision\": {\"value\": \"reject\"}}",
                "{\"reviewDecision\": {\"value\": \"approve\"}, \"reviewNote\": {\"value\": \"" + "x".repeat(4001)
                        + "\"}}",
                "{\"reviewDecision\": {\"value\": \"approve\"}, \"reviewNote\": {\"value\": \"een\\u0000nul\"}}",
                "{\"reviewDecision\": {\"value\": 5, \"type\": \"Integer\"}}")) {
            Api.Response refused = api.post(submit, "anna", "{\"variables\": " + variables + "}");
            assertThat(refused.status()).as(variables.substring(0, Math.min(80, variables.length()))).isEqualTo(400);
            assertThat(refused.body().path("message").asText()).doesNotContain("Exception");
        }
        assertThat(api.get("/engine-rest/task/" + taskId, "anna").status()).as("the task is still open")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/onboardings/" + onboardingId, "anna").body().path("stage").asText())
                .isEqualTo("INTENT_REVIEW");

        assertThat(api.post(submit, "anna", "{\"variables\": {\"reviewDecision\": {\"value\": \"approve\"}}}")
                .status()).isEqualTo(204);
    }
}
