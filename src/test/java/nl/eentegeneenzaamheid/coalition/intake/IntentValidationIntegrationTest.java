package nl.eentegeneenzaamheid.coalition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input gets a problem detail that names what is wrong, and changes nothing.
 */
@IntegrationTest
class IntentValidationIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(rest);
    }

    static Stream<Arguments> badIntents() {
        String valid = Api.intent("GM0106");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"municipalityCode\": ", 400, "malformed-request", null),
                Arguments.of("not an object", "[1, 2]", 400, "malformed-request", null),
                Arguments.of("empty body", "", 400, "malformed-request", null),
                Arguments.of("everything missing", "{}", 400, "invalid-request", "municipalityCode"),
                Arguments.of("alderman missing", valid.replaceAll("\"alderman\": \\{[^}]*},", ""), 400,
                        "invalid-request", "alderman"),
                Arguments.of("alderman of the wrong type", valid.replaceAll("\"alderman\": \\{[^}]*}",
                        "\"alderman\": \"Jan\""), 400, "invalid-request", "alderman"),
                Arguments.of("boolean of the wrong type", valid.replace("\"inCollegeProgramme\": true",
                        "\"inCollegeProgramme\": \"ja\""), 400, "invalid-request", "inCollegeProgramme"),
                Arguments.of("code malformed", valid.replace("GM0106", "0106"), 400, "invalid-request",
                        "municipalityCode"),
                Arguments.of("e-mail malformed", valid.replace("j.broekema@example.nl", "j.broekema"), 400,
                        "invalid-request", "alderman.email"),
                Arguments.of("phone malformed", valid.replace("0592 366 911", "call me"), 400, "invalid-request",
                        "contact.phone"),
                Arguments.of("motivation blank", valid.replaceAll("\"motivation\": \"[^\"]*\"",
                        "\"motivation\": \"  \""), 400, "invalid-request", "motivation"),
                Arguments.of("motivation too long", valid.replaceAll("\"motivation\": \"[^\"]*\"",
                        "\"motivation\": \"" + "x".repeat(4001) + "\""), 400, "invalid-request", "motivation"),
                Arguments.of("a former municipality (Weesp, merged into Amsterdam in 2022)",
                        Api.intent("GM0457"), 422, "unknown-municipality", "municipalityCode"),
                Arguments.of("a made-up municipality", Api.intent("GM9999"), 422, "unknown-municipality",
                        "municipalityCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIntents")
    void a_bad_intent_is_refused_with_a_problem_detail_and_changes_nothing(String description, String body,
            int status, String problem, String field) {
        Map<String, Integer> before = counts();

        Api.Response response = api.post("/api/v1/intents", "gemeente-api", body);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.body().path("type").asText()).isEqualTo("urn:problem:coalition:" + problem);
        assertThat(response.body().path("title").asText()).isNotBlank();
        assertThat(response.body().path("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(fields(response.body())).contains(field);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_unusable_idempotency_key_is_refused() {
        Map<String, Integer> before = counts();
        Api.Response response = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0106"),
                Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("Idempotency-Key");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_unknown_onboarding_is_a_404_and_a_malformed_id_a_400() {
        Api.Response unknown = api.get("/api/v1/onboardings/" + UUID.randomUUID(), "anna");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("type").asText()).isEqualTo("urn:problem:coalition:not-found");

        Api.Response malformed = api.get("/api/v1/onboardings/not-a-uuid", "anna");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed.body())).containsExactly("id");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsText("field");
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "onboarding", count("onboarding"),
                "intent", count("intent"),
                "intake_request", count("intake_request"),
                "outbox_event", count("outbox_event"),
                "process instances", count("act_ru_execution"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
