package nl.eentegeneenzaamheid.coalition.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A partner answers the e-mailed invitation on its Dutch page: an incomplete form changes nothing, a complete one
 * joins the coalition with the signer's own address, and a forged link gets a page that says what to do.
 */
@IntegrationTest
class InvitationPageIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired IntakeService intake;
    @Autowired ProcessEngine engine;
    @Autowired Partners partners;
    @Autowired EmbeddedMailServer mail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_partner_joins_from_the_link_in_its_mail() {
        UUID onboardingId = Staff.recruiting(intake, engine, "GM0163");
        partners.propose(onboardingId, new ProposePartner("Welzijn Hellendoorn", PartnerType.WELFARE, null,
                "Mieke Welzijn", "mieke@welzijn-hellendoorn.example.nl"), "gemeente-api");
        String token = new Mailbox(mail.greenMail(), "mieke@welzijn-hellendoorn.example.nl").invitationToken(1);
        String page = "/uitnodiging/" + token;

        ResponseEntity<String> opened = rest.getForEntity(page, String.class);
        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(opened.getBody()).contains("Doet Welzijn Hellendoorn mee aan de lokale coalitie tegen eenzaamheid "
                + "in Hellendoorn?").contains("Wij doen mee").contains("lang=\"nl\"");

        ResponseEntity<String> incomplete = post(page + "/meedoen", "signerName", "", "signerRole", "directeur");
        assertThat(incomplete.getStatusCode().value()).isEqualTo(302);
        assertThat(incomplete.getHeaders().getLocation().toString()).endsWith(page + "#meedoen");
        assertThat(status(onboardingId)).isEqualTo("PENDING");
        assertThat(post(page + "/meedoen", "signerName", "Jan Jansen", "signerRole", "directeur", "signerEmail",
                "geen-adres").getHeaders().getLocation().toString()).endsWith("#meedoen");
        assertThat(status(onboardingId)).isEqualTo("PENDING");

        ResponseEntity<String> joined = post(page + "/meedoen", "signerName", "Jan Jansen", "signerRole",
                "directeur-bestuurder", "signerEmail", "jan@welzijn-hellendoorn.example.nl");
        assertThat(joined.getStatusCode().value()).isEqualTo(302);
        assertThat(status(onboardingId)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select signer_email from invitation where onboarding_id = ?", String.class,
                onboardingId)).isEqualTo("jan@welzijn-hellendoorn.example.nl");
        assertThat(rest.getForEntity(page, String.class).getBody()).contains("Welzijn Hellendoorn doet mee")
                .doesNotContain("meedoen-knop");
        assertThat(post(page + "/niet-meedoen", "reason", "toch niet").getHeaders().getLocation().toString())
                .as("answered: back to the page, nothing changes").endsWith(page);
        assertThat(status(onboardingId)).isEqualTo("ACCEPTED");

        ResponseEntity<String> forged = rest.getForEntity("/uitnodiging/" + "x".repeat(43), String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(404);
        assertThat(forged.getBody()).contains("Deze link is ongeldig");
    }

    private ResponseEntity<String> post(String path, String... fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }

    private String status(UUID onboardingId) {
        return jdbc.queryForObject("select status from invitation where onboarding_id = ?", String.class,
                onboardingId);
    }
}
