package nl.eentegeneenzaamheid.coalition.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partner;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data puts municipalities in the stages so far (one signing, its links in the mail), through the real services and process, once.
 */
@IntegrationTest
class DemoDataIntegrationTest {

    @Autowired IntakeService intake;
    @Autowired IntentReview review;
    @Autowired Partners partners;
    @Autowired Journeys journeys;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired Envelopes envelopes;
    @Autowired EmbeddedMailServer mail;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Meetings meetings;

    @Test
    void a_living_country_and_nothing_twice_after_a_restart() {
        DemoData demo = new DemoData(intake, review, partners, journeys, invitations, recruitment, taskService,
                identityService, meetings);

        demo.load();

        assertThat(stageOf("GM0106")).isEqualTo(Stage.RECRUITMENT);
        assertThat(partners.of(journeys.findOpen("GM0106").orElseThrow().id())).extracting(Partner::organisationName)
                .containsExactly("Humanitas Assen", "Actium", "Vaart Welzijn", "Stichting Zorg1plus5",
                        "Diaconaal Platform Assen", "Wijkcentrum de Schulp", "Dr. Nassau College");
        assertThat(stageOf("GM1900")).isEqualTo(Stage.SIGNING);
        assertThat(envelopes.current(journeys.findOpen("GM1900").orElseThrow().id()).orElseThrow().signers())
                .hasSize(4).allMatch(signer -> signer.status() == SignerStatus.SENT);
        new Mailbox(mail.greenMail(), "bestuur@elkien.example.nl").signingToken(1);
        assertThat(stageOf("GM0080")).isEqualTo(Stage.INTENT_REVIEW);
        assertThat(stageOf("GM0518")).isEqualTo(Stage.INFORMATION_REQUESTED);
        assertThat(stageOf("GM0362")).isEqualTo(Stage.INTENT_REVIEW);
        assertThat(stageOf("GM0034")).isEqualTo(Stage.REJECTED);
        assertThat(taskService.createTaskQuery().taskCandidateGroup("programme-staff").count())
                .as("a living Tasklist").isGreaterThanOrEqualTo(2);

        assertThat(meetings.list(false)).as("an aldermen's meeting to come (the demo's, unless one was planned)")
                .isNotEmpty();

        int onboardings = jdbc.queryForObject("select count(*) from onboarding", Integer.class);
        int planned = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        demo.load();
        assertThat(jdbc.queryForObject("select count(*) from onboarding", Integer.class)).isEqualTo(onboardings);
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(planned);
    }

    private Stage stageOf(String code) {
        return journeys.latestPerMunicipality().get(code).stage();
    }
}
