package nl.eentegeneenzaamheid.coalition.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notifications module mails from the events alone: once per event and recipient however often an event comes,
 * skipping types it has no mail for, dead-lettering an event whose mail keeps failing and carrying on, and never
 * letting a link's token or a code into an event, a log line or a metric.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsIntegrationTest {

    @Autowired Notifications notifications;
    @Autowired StaffDigest digest;
    @Autowired IntakeService intake;
    @Autowired ProcessEngine engine;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired SignerLinks links;
    @Autowired EmbeddedMailServer mail;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired ObjectMapper json;

    @Test
    void an_intent_is_acknowledged_to_the_contact_and_the_alderman_once_however_often_the_event_comes()
            throws Exception {
        register("GM0321", "wethouder@houten.example.nl", "contact@houten.example.nl");
        Mailbox contact = new Mailbox(mail.greenMail(), "contact@houten.example.nl");
        Mailbox alderman = new Mailbox(mail.greenMail(), "wethouder@houten.example.nl");
        assertThat(contact.await("Uw intentie is ontvangen", 1).text()).contains("de gemeente Houten");
        alderman.await("Uw intentie is ontvangen", 1);

        JsonNode event = json.readTree(jdbc.queryForObject("select payload from outbox_event where message_key = "
                + "'GM0321' and event_type like '%intent-registered.v1'", String.class));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_delivery where event_id = ?", Integer.class,
                event.path("id").asText()) == 2);
        assertThat(notifications.handle(event).sent()).as("delivered before: nothing again").isZero();
        assertThat(notifications.handle(event).sent()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_delivery where event_id = ?",
                Integer.class, event.path("id").asText())).isEqualTo(2);
        assertThat(contact.withSubject("Uw intentie is ontvangen")).hasSize(1);
        assertThat(alderman.withSubject("Uw intentie is ontvangen")).hasSize(1);
    }

    @Test
    void every_kind_of_event_renders_its_mail_in_dutch() throws Exception {
        UUID onboardingId = register("GM0160", "wethouder@hardenberg.example.nl", "contact@hardenberg.example.nl");
        Mailbox contact = new Mailbox(mail.greenMail(), "contact@hardenberg.example.nl");
        Mailbox alderman = new Mailbox(mail.greenMail(), "wethouder@hardenberg.example.nl");
        contact.await("Uw intentie is ontvangen", 1);
        // the module has committed what it learned from the intent (its transaction ends after the mails)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_onboarding where onboarding_id = ?", Integer.class,
                onboardingId) == 1);
        String about = "\"onboardingId\": \"" + onboardingId + "\", \"municipalityCode\": \"GM0160\"";

        handle("information-reminded.v1", "{" + about + "}");
        handle("partner-invitation-expired.v1", "{" + about + ", \"organisationName\": \"Sportclub Hardenberg\"}");
        handle("partner-reminded.v1", "{" + about + ", \"partnerId\": \"" + UUID.randomUUID() + "\", "
                + "\"organisationName\": \"Sportclub Hardenberg\", \"contactName\": \"Voorzitter\", "
                + "\"contactEmail\": \"sport@hardenberg.example.nl\", \"expiresAt\": \"" + Instant.now() + "\"}");
        handle("signing-expired.v1", "{" + about + ", \"envelopeId\": \"" + UUID.randomUUID() + "\", "
                + "\"signed\": 2, \"signers\": 4}");
        handle("signing-completed.v1", "{" + about + ", \"method\": \"PAPER\"}");
        handle("local-plan-reminded.v1", "{" + about + "}");

        assertThat(contact.await("wachten op uw antwoord", 1).text()).contains("Hardenberg");
        assertThat(contact.await("De uitnodiging van Sportclub Hardenberg is verlopen", 1).text())
                .contains("opnieuw voorstellen");
        assertThat(new Mailbox(mail.greenMail(), "sport@hardenberg.example.nl").await("Herinnering: Uitnodiging", 1)
                .text()).contains("Herinnering").contains("eerste e-mail");
        assertThat(contact.await("termijn om te ondertekenen", 1).text()).contains("2 van de 4");
        assertThat(contact.await("akkoord is ondertekend", 1).text()).contains("centrale team");
        assertThat(alderman.await("akkoord is ondertekend", 1).text()).contains("Hardenberg");
        assertThat(contact.await("lokale plan", 1).text()).contains("/local-plan");
        assertThat(contact.await("lokale plan", 1).message().getContentType()).startsWith("multipart/mixed");
    }

    private void handle(String type, String data) throws Exception {
        JsonNode event = json.readTree("{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID() + "\", "
                + "\"source\": \"urn:test\", \"subject\": \"GM0160\", \"time\": \"" + Instant.now() + "\", "
                + "\"type\": \"nl.eentegeneenzaamheid.coalition." + type + "\", \"data\": " + data + "}");
        assertThat(notifications.handle(event).sent()).as(type).isPositive();
    }

    @Test
    void an_event_type_without_mail_is_skipped_and_counted() throws Exception {
        double before = meters.counter("coalition.notifications.skipped", "kind", "something-new.v1").count();
        JsonNode unknown = json.readTree("""
                {"specversion": "1.0", "id": "%s", "source": "urn:example", "subject": "GM0327", "time": "%s",
                 "type": "nl.eentegeneenzaamheid.coalition.something-new.v1", "data": {"municipalityCode": "GM0327"}}
                """.formatted(UUID.randomUUID(), Instant.now()));

        assertThat(notifications.handle(unknown).sent()).isZero();
        assertThat(meters.counter("coalition.notifications.skipped", "kind", "something-new.v1").count())
                .isEqualTo(before + 1);
    }

    @Test
    void an_event_whose_mail_keeps_failing_goes_to_the_dead_letter_topic_with_the_reason_and_the_rest_goes_on() {
        UUID onboardingId = UUID.randomUUID();
        String broken = cloudEvent(onboardingId, "GM0331", "Lopik", "kapot@@adres");
        try (EventStream deadLetters = EventStream.fromNow(kafka.bootstrapServers(), "coalition.notifications.v1.DLT");
             KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("coalition.onboarding.events.v1", "GM0331", broken));
            producer.flush();

            ConsumerRecord<String, String> dead = deadLetters.awaitOne(record -> record.value().contains(
                    onboardingId.toString()), Duration.ofSeconds(30));
            String reason = new String(dead.headers().lastHeader("coalition-dlt-reason").value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).isNotBlank().contains("kapot@@adres");
            assertThat(dead.value()).isEqualTo(broken);
        }
        register("GM0335", "wethouder@montfoort.example.nl", "contact@montfoort.example.nl");
        new Mailbox(mail.greenMail(), "contact@montfoort.example.nl").await("Uw intentie is ontvangen", 1);
    }

    @Test
    void links_and_codes_reach_the_mail_but_never_an_event_a_log_line_or_a_metric(CapturedOutput output) {
        SigningFixture.Coalition coalition = new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail()).signing("GM0339");
        Mailbox signer = coalition.partners().get(0);
        String token = signer.signingToken(1);
        links.sendCode(token, Actor.link("203.0.113.9", "JUnit"));
        String code = signer.code(1);

        List<String> payloads = jdbc.queryForList("select payload from outbox_event where message_key = 'GM0339'",
                String.class);
        assertThat(payloads).isNotEmpty().noneMatch(payload -> payload.contains(token))
                .noneMatch(payload -> payload.contains("\"" + code + "\""));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(code);
        for (Meter meter : meters.getMeters()) {
            assertThat(meter.getId().toString()).doesNotContain(token).doesNotContain(code);
        }
        assertThat(jdbc.queryForObject("select count(*) from secret_handover where secret in (?, ?)", Integer.class,
                token, code)).as("taken from the hand-over once mailed").isZero();
    }

    @Test
    void staff_get_one_digest_of_the_overdue_tasks_a_day() {
        UUID onboardingId = register("GM0148", "wethouder@dalfsen.example.nl",
                "contact@dalfsen.example.nl");
        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId.toString())
                .singleResult();
        review.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
        engine.getTaskService().saveTask(review);

        int tasks = digest.send();

        assertThat(tasks).isPositive();
        Mailbox staff = new Mailbox(mail.greenMail(), "programma@eentegeneenzaamheid.nl");
        assertThat(staff.await("taken over de termijn", 1).text()).contains("Beoordeel intentie Dalfsen");
        assertThat(digest.send()).as("once a day").isZero();
    }

    private UUID register(String code, String alderman, String contact) {
        return intake.registerIntent(new RegisterIntent(code, new RegisterIntent.Person("De Wethouder", alderman,
                null), new RegisterIntent.Person("Het Contact", contact, null), true, "Wij doen mee."), null,
                Channel.API, "gemeente-api").onboardingId();
    }

    private static String cloudEvent(UUID onboardingId, String code, String name, String contactEmail) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "urn:test", "subject": "%s", "time": "%s",
                 "type": "nl.eentegeneenzaamheid.coalition.intent-registered.v1", "datacontenttype": "application/json",
                 "data": {"onboardingId": "%s", "municipalityCode": "%s", "municipalityName": "%s",
                          "province": "Utrecht", "alderman": {"name": "W", "email": "w@example.nl"},
                          "contact": {"name": "C", "email": "%s"}, "inCollegeProgramme": true, "channel": "API",
                          "registeredAt": "%s"}}""".formatted(UUID.randomUUID(), code, Instant.now(), onboardingId,
                code, name, contactEmail, Instant.now());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(java.util.Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }
}
