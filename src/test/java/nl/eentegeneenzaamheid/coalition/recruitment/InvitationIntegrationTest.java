package nl.eentegeneenzaamheid.coalition.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner answers through its own link, without an account; every misuse of a link is refused with a problem
 * detail and changes nothing. Urk recruits.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired IntakeService intake;
    @Autowired ProcessEngine processEngine;
    @Autowired JdbcTemplate jdbc;

    Api api;
    UUID urk;

    @BeforeAll
    void urkRecruits() {
        urk = Staff.recruiting(intake, processEngine, "GM0184");
    }

    @BeforeEach
    void client() {
        api = new Api(rest);
    }

    @Test
    void the_partner_sees_its_invitation_and_accepts_it_once() {
        String link = invite("Stichting Welzijn Urk");

        Api.Response view = api.get(link, null);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().path("organisationName").asText()).isEqualTo("Stichting Welzijn Urk");
        assertThat(view.body().path("municipalityName").asText()).isEqualTo("Urk");
        assertThat(view.body().path("status").asText()).isEqualTo("PENDING");

        Api.Response accepted = api.post(link + "/accept", null,
                "{\"signerName\": \"Jan de Vries\", \"signerRole\": \"directeur-bestuurder\"}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(api.get(link, null).body().path("status").asText()).isEqualTo("ACCEPTED");

        Map<String, Integer> before = counts();
        Api.Response replay = api.post(link + "/accept", null,
                "{\"signerName\": \"Iemand Anders\", \"signerRole\": \"penningmeester\"}");
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body().path("type").asText()).isEqualTo("urn:problem:coalition:invitation-closed");
        assertThat(api.post(link + "/decline", null, "{\"reason\": \"Toch niet\"}").status()).isEqualTo(409);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_partner_declines_with_a_reason() {
        String link = invite("Sportvereniging Urk");

        assertThat(api.post(link + "/decline", null, "{\"reason\": \"Geen vrijwilligers beschikbaar.\"}").status())
                .isEqualTo(200);

        assertThat(api.get(link, null).body().path("status").asText()).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject("select reason from invitation where token_hash is not null and status = "
                + "'DECLINED' and partner_id = (select id from partner where organisation_name = ?)", String.class,
                "Sportvereniging Urk")).isEqualTo("Geen vrijwilligers beschikbaar.");
    }

    @Test
    void forged_and_mangled_links_are_unknown() {
        String link = invite("Wijkcentrum 't Hof");
        Map<String, Integer> before = counts();

        String forged = "/api/v1/invitations/" + "A".repeat(43);
        assertThat(api.get(forged, null).status()).isEqualTo(404);
        assertThat(api.post(forged + "/accept", null, "{\"signerName\": \"X\", \"signerRole\": \"Y\"}").status())
                .isEqualTo(404);
        assertThat(api.get(link.substring(0, link.length() - 1), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/invitations/short", null).body().path("type").asText())
                .isEqualTo("urn:problem:coalition:invitation-not-found");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_withdrawn_or_expired_link_is_gone() {
        String withdrawnLink = invite("Kerkgemeenschap Urk");
        String partnerId = partnerIdOf("Kerkgemeenschap Urk");
        String withdraw = "/api/v1/onboardings/" + urk + "/partners/" + partnerId + "/withdraw";

        assertThat(api.post(withdraw, "gemeente-api", "{\"reason\": \"Dubbel\"}").status())
                .as("an API client may not withdraw").isEqualTo(403);
        assertThat(api.post(withdraw, "anna", "{\"reason\": \"Dubbel voorgesteld.\"}").status()).isEqualTo(204);
        assertThat(api.post(withdraw, "anna", "{\"reason\": \"Nog eens\"}").status()).isEqualTo(409);
        Api.Response afterWithdrawal = api.post(withdrawnLink + "/accept", null,
                "{\"signerName\": \"X\", \"signerRole\": \"Y\"}");
        assertThat(afterWithdrawal.status()).isEqualTo(410);
        assertThat(afterWithdrawal.body().path("status").asText()).isEqualTo("WITHDRAWN");

        String expiringLink = invite("Visserijmuseum Urk");
        String process = processEngine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("invitationId", invitationIdOf("Visserijmuseum Urk")).singleResult().getId();
        Job expiry = processEngine.getManagementService().createJobQuery().processInstanceId(process)
                .activityId("invitation-expires").singleResult();
        processEngine.getManagementService().executeJob(expiry.getId());
        Api.Response afterExpiry = api.post(expiringLink + "/accept", null,
                "{\"signerName\": \"X\", \"signerRole\": \"Y\"}");
        assertThat(afterExpiry.status()).isEqualTo(410);
        assertThat(afterExpiry.body().path("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void an_incomplete_answer_is_refused_and_changes_nothing() {
        String link = invite("Muziekvereniging Urk");
        Map<String, Integer> before = counts();

        assertThat(api.post(link + "/accept", null, "{\"signerName\": \"Jan\"}").body().path("errors")
                .findValuesAsText("field")).containsExactly("signerRole");
        assertThat(api.post(link + "/accept", null, "{\"signerName\": ").status()).isEqualTo(400);
        assertThat(api.post(link + "/decline", null, "{\"reason\": \"\"}").status()).isEqualTo(400);
        assertThat(counts()).isEqualTo(before);
        assertThat(api.get(link, null).body().path("status").asText()).isEqualTo("PENDING");
    }

    private String invite(String organisation) {
        Api.Response proposed = api.post("/api/v1/onboardings/" + urk + "/partners", "gemeente-api", """
                {"organisationName": "%s", "type": "OTHER", "contactName": "Contact",
                 "contactEmail": "contact@example.nl"}""".formatted(organisation));
        assertThat(proposed.status()).isEqualTo(201);
        String link = proposed.body().path("invitationLink").asText();
        return link.substring(link.indexOf("/api/v1/invitations/"));
    }

    private String partnerIdOf(String organisation) {
        return jdbc.queryForObject("select id::text from partner where organisation_name = ?", String.class,
                organisation);
    }

    private String invitationIdOf(String organisation) {
        return jdbc.queryForObject("select i.id::text from invitation i join partner p on p.id = i.partner_id "
                + "where p.organisation_name = ?", String.class, organisation);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "answered", jdbc.queryForObject("select count(*) from invitation where status <> 'PENDING'",
                        Integer.class),
                "outbox", jdbc.queryForObject("select count(*) from outbox_event", Integer.class),
                "timeline", jdbc.queryForObject("select count(*) from onboarding_timeline", Integer.class));
    }
}
