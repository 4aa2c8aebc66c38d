package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's system acts for its own municipality only: it declares no intent for another, and another's
 * onboardings and envelopes are unknown to it. The programme's own systems are bound to all.
 */
@IntegrationTest
class MunicipalityScopeIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired Envelopes envelopes;
    @Autowired EmbeddedMailServer mail;

    @Test
    void an_api_client_reads_and_changes_only_its_own_municipalitys_onboardings() {
        TestMunicipalities codes = new TestMunicipalities(jdbc);
        String own = codes.unused();
        String other = codes.unused();
        String client = apiClient("koppeling-" + own.toLowerCase(), List.of(MunicipalityScope.groupOf(own)));
        Api api = new Api(rest);

        Api.Response mine = api.post("/api/v1/intents", client, Api.intent(own));
        assertThat(mine.status()).isEqualTo(201);
        Api.Response refused = api.post("/api/v1/intents", client, Api.intent(other));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asText()).contains("acts for " + own + " only");
        String ownId = mine.body().path("onboardingId").asText();
        String otherId = api.post("/api/v1/intents", "gemeente-api", Api.intent(other)).body().path("onboardingId")
                .asText();

        assertThat(api.get("/api/v1/onboardings/" + ownId, client).status()).isEqualTo(200);
        int partnersBefore = jdbc.queryForObject("select count(*) from partner", Integer.class);
        for (Api.Response foreign : List.of(
                api.get("/api/v1/onboardings/" + otherId, client),
                api.get("/api/v1/onboardings/" + otherId + "/partners", client),
                api.post("/api/v1/onboardings/" + otherId + "/partners", client, """
                        {"organisationName": "Stichting Elders", "type": "WELFARE", "contactName": "Iemand",
                         "contactEmail": "iemand@elders.example.nl"}"""),
                api.post("/api/v1/onboardings/" + otherId + "/information", client, "{\"answer\": \"Ja.\"}"),
                api.post("/api/v1/onboardings/" + otherId + "/recruitment/complete", client, ""))) {
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.body().path("type").asText()).isEqualTo("urn:problem:coalition:not-found");
        }
        assertThat(jdbc.queryForObject("select count(*) from partner", Integer.class)).isEqualTo(partnersBefore);

        JsonNode list = api.get("/api/v1/onboardings?size=100", client).body();
        assertThat(list.path("items").findValuesAsText("municipalityCode")).containsOnly(own);
        JsonNode municipalities = api.get("/api/v1/municipalities", client).body();
        for (JsonNode municipality : municipalities) {
            if (municipality.path("code").asText().equals(own)) {
                assertThat(municipality.path("stage").asText()).isEqualTo("INTENT_REVIEW");
            } else {
                assertThat(municipality.has("stage")).as(municipality.path("code").asText()).isFalse();
            }
        }
        assertThat(api.get("/api/v1/onboardings/" + otherId, "gemeente-api").status())
                .as("the programme's own system acts for all").isEqualTo(200);
    }

    @Test
    void an_api_client_sees_only_its_own_municipalitys_envelopes() {
        TestMunicipalities codes = new TestMunicipalities(jdbc);
        String signing = codes.unused();
        UUID envelope = envelopes.current(new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail()).signing(signing).onboardingId()).orElseThrow().id();
        String stranger = apiClient("koppeling-elders-" + signing.toLowerCase(),
                List.of(MunicipalityScope.groupOf(codes.unused())));
        String owner = apiClient("koppeling-" + signing.toLowerCase(), List.of(MunicipalityScope.groupOf(signing)));
        Api api = new Api(rest);

        assertThat(api.get("/api/v1/envelopes/" + envelope, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/envelopes/" + envelope, owner).status()).isEqualTo(200);
    }

    @Test
    void an_api_client_bound_to_no_municipality_acts_for_none_and_is_told_how_to_be_bound() {
        String code = new TestMunicipalities(jdbc).unused();
        String unbound = apiClient("koppeling-zonder-gemeente", List.of());

        Api.Response refused = new Api(rest).post("/api/v1/intents", unbound, Api.intent(code));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asText()).contains("bound to no municipality",
                MunicipalityScope.groupOf(code));
    }

    /** An API client as an administrator makes one: the account, api-clients, and its bindings. */
    private String apiClient(String id, List<String> bindings) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, Groups.API_CLIENTS);
            bindings.forEach(group -> identity.createMembership(id, group));
        }
        return id;
    }
}
