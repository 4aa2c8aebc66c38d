package nl.eentegeneenzaamheid.coalition.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.PackagedApplication;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail that fails never holds the mail behind it up: what cannot be delivered goes to the dead-letter topic at once,
 * what may pass waits aside; and a mail sent again after a crash is recognisably the same mail.
 */
@IntegrationTest
class MailFailureIntegrationTest {

    private static final String EVENTS = "coalition.onboarding.events.v1";

    @Autowired IntakeService intake;
    @Autowired Notifications notifications;
    @Autowired SecretHandover handover;
    @Autowired TransactionTemplate transaction;
    @Autowired EmbeddedMailServer mail;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired JavaMailSender sender;
    @Autowired MeterRegistry meters;

    @Test
    void a_mail_that_cannot_be_built_is_dead_lettered_at_once_its_link_wiped_and_the_next_mail_goes_out() {
        String code = new TestMunicipalities(jdbc).unused();
        UUID secret = transaction.execute(status -> handover.deposit(Invitations.LINK_PURPOSE, "geheime-link",
                Instant.now().plus(Duration.ofDays(21))));
        String broken = event("partner-invited.v1", code, """
                {"onboardingId": "%s", "municipalityCode": "%s", "partnerId": "%s", "organisationName": "Kapot",
                 "contactName": "Iemand", "contactEmail": "kapot@@adres", "linkHandoverId": "%s",
                 "expiresAt": "%s"}""".formatted(UUID.randomUUID(), code, UUID.randomUUID(), secret,
                Instant.now().plus(Duration.ofDays(21))));
        String next = "volgende." + code.toLowerCase() + "@example.nl";

        double undeliverableBefore = meters.counter("coalition.notifications.undeliverable", "kind",
                "partner-invitation").count();
        try (EventStream deadLetters = EventStream.fromNow(kafka.bootstrapServers(), "coalition.notifications.v1.DLT");
             KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(EVENTS, code, broken));
            producer.send(new ProducerRecord<>(EVENTS, code, event("intent-registered.v1", code, intent(code, next))));
            producer.flush();

            ConsumerRecord<String, String> dead = deadLetters.awaitOne(record -> record.value().equals(broken),
                    Duration.ofSeconds(30));
            assertThat(new String(dead.headers().lastHeader("coalition-dlt-reason").value(), StandardCharsets.UTF_8))
                    .contains("kapot@@adres");
        }
        new Mailbox(mail.greenMail(), next).await("Uw intentie is ontvangen", 1);
        String eventId = id(broken);
        assertThat(jdbc.queryForObject("select count(*) from notification_retry where event_id = ?", Integer.class,
                eventId)).as("not tried again: it would fail the same way").isZero();
        assertThat(meters.counter("coalition.notifications.undeliverable", "kind", "partner-invitation").count())
                .as("handled once: not retried in place, holding the partition").isEqualTo(undeliverableBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from secret_handover where id = ?", Integer.class, secret))
                .as("the link that could not be mailed is wiped").isZero();
        assertThat(jdbc.queryForObject("select failure from notification_delivery where event_id = ? and recipient = ?",
                String.class, eventId, "kapot@@adres")).as("for the staff's digest").contains("kapot@@adres");
    }

    @Test
    void while_the_mail_server_is_away_the_mail_waits_aside_and_every_event_behind_it_is_handled_too() {
        TestMunicipalities codes = new TestMunicipalities(jdbc);
        String first = codes.unused();
        String second = codes.unused();
        // the mail server refuses connections: nothing listens where the application sends
        JavaMailSenderImpl smtp = (JavaMailSenderImpl) sender;
        int port = smtp.getPort();
        smtp.setPort(PackagedApplication.freePort());
        try {
            register(first);
            register(second);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                    select count(*) from notification_retry where payload like ? or payload like ?""", Integer.class,
                    "%" + first + "%", "%" + second + "%") == 2);
        } finally {
            smtp.setPort(port);
        }
        new Mailbox(mail.greenMail(), "contact." + first.toLowerCase() + "@example.nl").await("Uw intentie", 1);
        new Mailbox(mail.greenMail(), "contact." + second.toLowerCase() + "@example.nl").await("Uw intentie", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select count(*) from notification_retry where payload like ? or payload like ?""", Integer.class,
                "%" + first + "%", "%" + second + "%") == 0);
    }

    @Test
    void a_mail_sent_again_after_a_crash_has_the_same_message_id_and_the_record_counts_it() throws Exception {
        String code = new TestMunicipalities(jdbc).unused();
        register(code);
        String contact = "contact." + code.toLowerCase() + "@example.nl";
        Mailbox box = new Mailbox(mail.greenMail(), contact);
        String messageId = box.await("Uw intentie is ontvangen", 1).message().getMessageID();
        JsonNode event = json.readTree(jdbc.queryForObject("select payload from outbox_event where message_key = ? "
                + "and event_type like '%intent-registered.v1'", String.class, code));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from "
                + "notification_delivery where event_id = ? and recipient = ? and sent_at is not null", Integer.class,
                event.path("id").asText(), contact) == 1);

        // the node died after the mail server took the mail, before the delivery was recorded
        jdbc.update("update notification_delivery set sent_at = null where event_id = ? and recipient = ?",
                event.path("id").asText(), contact);
        notifications.handle(event);

        List<Mailbox.Mail> mails = box.withSubject("Uw intentie is ontvangen");
        assertThat(mails).hasSize(2).allSatisfy(sent -> assertThat(sent.message().getMessageID())
                .isEqualTo(messageId));
        assertThat(messageId).endsWith("@eentegeneenzaamheid.nl>");
        assertThat(jdbc.queryForMap("select sends, message_id from notification_delivery where event_id = ? and "
                + "recipient = ?", event.path("id").asText(), contact)).containsEntry("sends", 2)
                .containsEntry("message_id", messageId);
    }

    private void register(String code) {
        String prefix = code.toLowerCase();
        intake.registerIntent(new RegisterIntent(code, new RegisterIntent.Person("De Wethouder",
                "wethouder." + prefix + "@example.nl", null), new RegisterIntent.Person("Het Contact",
                "contact." + prefix + "@example.nl", null), true, "Wij doen mee."), null, Channel.API, "gemeente-api");
    }

    private static String intent(String code, String contact) {
        return """
                {"onboardingId": "%s", "municipalityCode": "%s", "municipalityName": "Ergens", "province": "Utrecht",
                 "alderman": {"name": "W", "email": "w.%s@example.nl"}, "contact": {"name": "C", "email": "%s"},
                 "inCollegeProgramme": true, "channel": "API", "registeredAt": "%s"}""".formatted(UUID.randomUUID(),
                code, code.toLowerCase(), contact, Instant.now());
    }

    private static String event(String type, String code, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "urn:test", "subject": "%s", "time": "%s",
                 "type": "nl.eentegeneenzaamheid.coalition.%s", "datacontenttype": "application/json", "data": %s}"""
                .formatted(UUID.randomUUID(), code, Instant.now(), type, data);
    }

    private String id(String event) {
        try {
            return json.readTree(event).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }
}
