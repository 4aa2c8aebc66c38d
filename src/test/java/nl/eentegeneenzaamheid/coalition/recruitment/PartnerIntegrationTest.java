package nl.eentegeneenzaamheid.coalition.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import org.camunda.bpm.engine.ProcessEngine;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recruiting municipality proposes its local partners. Landgraaf recruits; Beesel is still in review.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired IntakeService intake;
    @Autowired ProcessEngine processEngine;

    Api api;
    String landgraaf;
    String beesel;

    @BeforeAll
    void landgraafRecruitsAndBeeselIsInReview() {
        api = new Api(rest);
        landgraaf = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0882")).body().path("onboardingId")
                .asText();
        beesel = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0889")).body().path("onboardingId")
                .asText();
        Staff.complete(processEngine, taskService.createTaskQuery().processInstanceBusinessKey(landgraaf)
                .singleResult().getId(), Map.of(OnboardingProcess.VAR_REVIEW_DECISION, "approve"));
    }

    @Test
    void a_proposed_partner_is_listed_and_its_event_reaches_kafka() {
        try (EventStream events = EventStream.fromNow(kafka.bootstrapServers(), "coalition.onboarding.events.v1")) {
            Api.Response proposed = api.post(partners(landgraaf), "gemeente-api", partner("Humanitas Parkstad",
                    "WELFARE", "40530621"));

            assertThat(proposed.status()).isEqualTo(201);
            String partnerId = proposed.body().path("partner").path("id").asText();
            assertThat(proposed.headers().getLocation()).hasToString(partners(landgraaf) + "/" + partnerId);
            assertThat(proposed.body().path("partner").path("status").asText()).isEqualTo("INVITED");
            assertThat(proposed.body().path("invitationLink").asText()).matches(
                    "http://localhost:\\d+/api/v1/invitations/[A-Za-z0-9_-]{43}");
            assertThat(api.get(partners(landgraaf), "anna").body().findValuesAsText("id")).contains(partnerId);

            ConsumerRecord<String, String> event = events.awaitOne(EventStream.event(
                    "nl.eentegeneenzaamheid.coalition.partner-proposed.v1", "partnerId", partnerId),
                    Duration.ofSeconds(30));
            assertThat(event.key()).isEqualTo("GM0882");
            JsonNode data = EventStream.json(event).path("data");
            assertThat(data.path("organisationName").asText()).isEqualTo("Humanitas Parkstad");
            assertThat(data.path("partnerType").asText()).isEqualTo("WELFARE");
            assertThat(data.has("contactEmail")).as("the contact's address is not in this event").isFalse();
        }
    }

    @Test
    void the_same_organisation_twice_is_a_conflict() {
        assertThat(api.post(partners(landgraaf), "gemeente-api", partner("Wijkcentrum De Schans", "COMMUNITY_CENTRE",
                null)).status()).isEqualTo(201);
        Map<String, Integer> before = counts();

        Api.Response again = api.post(partners(landgraaf), "gemeente-api", partner("wijkcentrum de schans",
                "COMMUNITY_CENTRE", null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asText()).isEqualTo("urn:problem:coalition:partner-already-proposed");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_municipality_that_is_not_recruiting_cannot_propose_partners() {
        Map<String, Integer> before = counts();
        Api.Response response = api.post(partners(beesel), "gemeente-api", partner("Stichting Welzijn", "WELFARE",
                null));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("type").asText()).isEqualTo("urn:problem:coalition:wrong-stage");
        assertThat(response.body().path("stage").asText()).isEqualTo("INTENT_REVIEW");
        assertThat(counts()).isEqualTo(before);
    }

    Stream<Arguments> badProposals() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"organisationName\": ", 400, null),
                Arguments.of("name missing", partner("", "WELFARE", null), 400, "organisationName"),
                Arguments.of("unknown type", partner("Sportclub", "CIRCUS", null), 400, "type"),
                Arguments.of("KvK of 7 digits", partner("Sportclub", "SPORT_AND_CULTURE", "1234567"), 400,
                        "kvkNumber"),
                Arguments.of("bad e-mail", partner("Sportclub", "SPORT_AND_CULTURE", null)
                        .replace("contact@example.nl", "contact"), 400, "contactEmail"),
                Arguments.of("contact missing", "{\"organisationName\": \"Sportclub\", \"type\": \"BUSINESS\"}", 400,
                        "contactName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProposals")
    void a_bad_proposal_is_refused_and_changes_nothing(String description, String body, int status, String field) {
        Map<String, Integer> before = counts();

        Api.Response response = api.post(partners(landgraaf), "gemeente-api", body);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        if (field != null) {
            assertThat(response.body().path("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_municipality_declares_recruitment_complete_once() {
        UUID bergen = Staff.recruiting(intake, processEngine, "GM0893");
        String complete = "/api/v1/onboardings/" + bergen + "/recruitment/complete";

        assertThat(api.post(complete, null, "").status()).isEqualTo(401);
        assertThat(api.post(complete, "gemeente-api", "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/onboardings/" + bergen, "anna").body().path("stage").asText())
                .as("no partner accepted: staff decide").isEqualTo("READINESS_REVIEW");

        Map<String, Integer> before = counts();
        Api.Response again = api.post(complete, "gemeente-api", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asText()).isEqualTo("urn:problem:coalition:wrong-stage");
        assertThat(api.post("/api/v1/onboardings/" + beesel + "/recruitment/complete", "gemeente-api", "").status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/onboardings/" + UUID.randomUUID() + "/recruitment/complete", "gemeente-api", "")
                .status()).isEqualTo(404);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknown_and_malformed_onboardings_are_refused() {
        assertThat(api.post(partners(UUID.randomUUID().toString()), "gemeente-api", partner("X", "OTHER", null))
                .status()).isEqualTo(404);
        assertThat(api.get(partners(UUID.randomUUID().toString()), "anna").status()).isEqualTo(404);
        assertThat(api.post(partners("not-an-id"), "gemeente-api", partner("X", "OTHER", null)).status())
                .isEqualTo(400);
        assertThat(api.post(partners(landgraaf), null, partner("X", "OTHER", null)).status()).isEqualTo(401);
    }

    private static String partners(String onboardingId) {
        return "/api/v1/onboardings/" + onboardingId + "/partners";
    }

    private static String partner(String name, String type, String kvk) {
        return """
                {"organisationName": "%s", "type": "%s", %s
                 "contactName": "Sanne de Boer", "contactEmail": "contact@example.nl"}"""
                .formatted(name, type, kvk == null ? "" : "\"kvkNumber\": \"" + kvk + "\",");
    }

    private Map<String, Integer> counts() {
        return Map.of("partners", jdbc.queryForObject("select count(*) from partner", Integer.class),
                "invitations", jdbc.queryForObject("select count(*) from invitation", Integer.class),
                "outbox", jdbc.queryForObject("select count(*) from outbox_event", Integer.class),
                "processes", jdbc.queryForObject("select count(*) from act_ru_execution", Integer.class));
    }
}
