package nl.eentegeneenzaamheid.coalition.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Staff and dashboards read where the municipalities are. Zeeland is this test's own province.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService taskService;
    @Autowired ProcessEngine processEngine;

    Api api;

    @BeforeAll
    void threeZeelandMunicipalitiesOneOfThemApproved() {
        api = new Api(rest);
        for (String code : List.of("GM0654", "GM0664", "GM0677")) {
            assertThat(api.post("/api/v1/intents", "gemeente-api", Api.intent(code)).status()).isEqualTo(201);
        }
        String hulst = api.get("/api/v1/onboardings?province=Zeeland&size=100", "anna").body().path("items")
                .findParents("municipalityCode").stream()
                .filter(item -> item.path("municipalityCode").asText().equals("GM0677"))
                .findFirst().orElseThrow().path("id").asText();
        Staff.complete(processEngine, taskService.createTaskQuery().processInstanceBusinessKey(hulst).singleResult()
                .getId(), Map.of(OnboardingProcess.VAR_REVIEW_DECISION, "approve"));
    }

    @Test
    void onboardings_are_filtered_by_province_and_stage() {
        assertThat(codes(api.get("/api/v1/onboardings?province=Zeeland", "anna").body()))
                .containsExactlyInAnyOrder("GM0654", "GM0664", "GM0677");
        assertThat(codes(api.get("/api/v1/onboardings?province=Zeeland&stage=INTENT_REVIEW", "anna").body()))
                .containsExactlyInAnyOrder("GM0654", "GM0664");
        assertThat(codes(api.get("/api/v1/onboardings?province=Zeeland&stage=RECRUITMENT", "anna").body()))
                .containsExactly("GM0677");
    }

    @Test
    void onboardings_come_page_by_page() {
        JsonNode first = api.get("/api/v1/onboardings?province=Zeeland&size=2&page=0", "anna").body();
        JsonNode second = api.get("/api/v1/onboardings?province=Zeeland&size=2&page=1", "anna").body();

        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("totalPages").asLong()).isEqualTo(2);
        assertThat(codes(first)).hasSize(2);
        assertThat(codes(second)).hasSize(1).doesNotContainAnyElementsOf(codes(first));
    }

    @Test
    void every_municipality_is_listed_with_the_stage_of_its_latest_onboarding() {
        JsonNode all = api.get("/api/v1/municipalities", "anna").body();
        assertThat(all).hasSize(342);

        JsonNode zeeland = api.get("/api/v1/municipalities?province=Zeeland", "anna").body();
        assertThat(zeeland).hasSize(13);
        Map<String, String> stages = new java.util.HashMap<>();
        zeeland.forEach(m -> stages.put(m.path("code").asText(), m.path("stage").isNull() || m.path("stage")
                .isMissingNode() ? "none" : m.path("stage").asText()));
        assertThat(stages).containsEntry("GM0654", "INTENT_REVIEW").containsEntry("GM0677", "RECRUITMENT")
                .containsEntry("GM0678", "none");
    }

    @Test
    void bad_filters_are_refused_with_the_field_named() {
        assertThat(field(api.get("/api/v1/onboardings?stage=JOINED_YESTERDAY", "anna"))).isEqualTo("stage");
        assertThat(field(api.get("/api/v1/onboardings?province=Atlantis", "anna"))).isEqualTo("province");
        assertThat(field(api.get("/api/v1/municipalities?province=Atlantis", "anna"))).isEqualTo("province");
        assertThat(field(api.get("/api/v1/onboardings?size=0", "anna"))).isEqualTo("size");
        assertThat(field(api.get("/api/v1/onboardings?size=101", "anna"))).isEqualTo("size");
        assertThat(field(api.get("/api/v1/onboardings?page=-1", "anna"))).isEqualTo("page");
        assertThat(field(api.get("/api/v1/onboardings?page=first", "anna"))).isEqualTo("page");
        assertThat(api.get("/api/v1/onboardings", null).status()).isEqualTo(401);
    }

    private static List<String> codes(JsonNode page) {
        return page.path("items").findValuesAsText("municipalityCode");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        return response.body().path("errors").get(0).path("field").asText();
    }
}
