package nl.eentegeneenzaamheid.coalition.notifications;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People whose names have quotes, apostrophes, diacritics and line breaks go through the journey and the aldermen's
 * meeting: their mail, their calendar file and the signed PDF carry the name as they gave it, and nothing stalls.
 */
@IntegrationTest
class RealNamesIntegrationTest {

    private static final String ALDERMAN = "Johannes \"Hans\" de Vries";
    private static final String SIGNER = "Chloë O'Neill\nvan Dijk";
    private static final Actor BROWSER = Actor.link("198.51.100.20", "Mozilla/5.0 (JUnit)");

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired Envelopes envelopes;
    @Autowired SignerLinks links;
    @Autowired Meetings meetings;
    @Autowired EmbeddedMailServer mail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void quotes_apostrophes_diacritics_and_line_breaks_reach_the_mail_the_calendar_file_and_the_pdf()
            throws IOException {
        String code = new TestMunicipalities(jdbc).unused();
        SigningFixture.Coalition coalition = new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail()).signing(code, ALDERMAN, SIGNER);
        Mailbox alderman = coalition.alderman();
        Mailbox chloe = coalition.partners().get(0);

        // the mails address them by their names
        assertThat(alderman.await("Uw intentie is ontvangen", 1).text()).contains(ALDERMAN);
        assertThat(chloe.await("Onderteken de", 1).text()).contains("Chloë O'Neill");

        // the agreement names them
        try (PDDocument agreement = Loader.loadPDF(envelopes.downloadDocument(envelopes.current(
                coalition.onboardingId()).orElseThrow().id(), Actor.staff("anna")).content())) {
            String text = new PDFTextStripper().getText(agreement).replaceAll("\\s+", " ");
            assertThat(text).contains(ALDERMAN).contains("Chloë O'Neill van Dijk");
        }

        // everyone signs, the alderman with the name as typed; the sealed document's pages name them too
        for (Mailbox signer : coalition.signers()) {
            String token = signer.signingToken(1);
            links.sendCode(token, BROWSER);
            links.sign(token, signer == alderman ? ALDERMAN : links.open(token, BROWSER).name(), true,
                    signer.code(1), BROWSER);
        }
        String call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult().getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(call).activityId(SigningProcess.TASK_SEAL).singleResult().getId());
        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        try (PDDocument sealed = Loader.loadPDF(envelopes.downloadCertificate(envelope, Actor.staff("anna"))
                .content())) {
            assertThat(new PDFTextStripper().getText(sealed).replaceAll("\\s+", " ")).contains(ALDERMAN)
                    .contains("Chloë O'Neill van Dijk");
        }
        assertThat(alderman.await("Ondertekend", 1).attachments()).isNotEmpty();

        // an aldermen's meeting for the province, and a contact with a line break in her name for another
        // municipality: their invitations' calendar files have the names exactly
        String other = new TestMunicipalities(jdbc).unused();
        String guest = "gast." + other.toLowerCase() + "@example.nl";
        Instant start = Instant.now().plus(Duration.ofDays(45)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        meetings.schedule(new Meetings.Schedule("Bijeenkomst voor \"echte\" namen", start,
                start.plus(Duration.ofHours(2)), "Zaal 't Hoekje", null, 50, null, null, Audience.PROVINCES,
                List.of(TestMunicipalities.provinceOf(code), TestMunicipalities.provinceOf(other)).stream().distinct()
                        .toList(), List.of(new Meetings.Contact(other, SIGNER, guest))), "anna");
        assertCalendarNames(alderman.await("Uitnodiging: ", 1), ALDERMAN, alderman.address());
        assertCalendarNames(new Mailbox(mail.greenMail(), guest).await("Uitnodiging: ", 1), SIGNER, guest);
        assertThat(jdbc.queryForObject("select count(*) from notification_retry where payload like ? or payload "
                + "like ?", Integer.class, "%" + code + "%", "%" + other + "%"))
                .as("nothing waits for another attempt").isZero();
    }

    private static void assertCalendarNames(Mailbox.Mail invitation, String name, String address) {
        String calendarFile = Mailbox.attachment(invitation, "wethoudersbijeenkomst.ics")[0];
        ICalendar calendar = Biweekly.parse(calendarFile).first();
        assertThat(calendar).as(calendarFile).isNotNull();
        assertThat(calendar.getEvents().get(0).getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getCommonName()).isEqualTo(name);
            assertThat(attendee.getEmail()).isEqualTo(address);
        });
        assertThat(calendar.getEvents().get(0).getSummary().getValue()).isEqualTo("Bijeenkomst voor \"echte\" namen");
    }
}
