package nl.eentegeneenzaamheid.coalition;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import nl.eentegeneenzaamheid.coalition.support.PackagedApplication;
import nl.eentegeneenzaamheid.coalition.support.StandaloneServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar people deploy starts as the README's "On real infrastructure" says: {@code java -jar}, configured by
 * environment variables only, against a PostgreSQL, a Kafka broker and a mail server of its own (real servers, started
 * here as separate servers), with a seal made by {@code keytool}. It must become ready, let its first administrator
 * create an API client with the README's engine-rest calls, take that client's intent, mail the municipality from the
 * event on Kafka, ride out a database outage with 503s, and stop on SIGTERM. A class missing from the jar (a runtime
 * dependency in test scope) fails here, where the tests' class path cannot hide it.
 */
class PackagedJarIT {

    private static final Logger log = LoggerFactory.getLogger(PackagedJarIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "first-admin-Pa55word";
    private static final String SEAL_PASSWORD = "seal-Pa55word-for-tests";
    private static final String CLIENT = "gemeente-assen";
    private static final String CLIENT_PASSWORD = "assen-Koppeling-2027";

    private static StandaloneServers servers;

    @BeforeAll
    static void startServers() {
        servers = StandaloneServers.start(Path.of("target", "packaged-jar-it"));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void the_jar_starts_on_real_servers_serves_the_api_rides_out_a_database_outage_and_stops() throws Exception {
        try (PackagedApplication app = new PackagedApplication(PackagedApplication.packagedJar(),
                servers.installation(ADMIN, ADMIN_PASSWORD, SEAL_PASSWORD),
                servers.folder().resolve("application.log"))) {
            Duration startup = app.start().awaitReady(Duration.ofMinutes(4));
            log.info("The packaged jar was ready after {} s", startup.toSeconds());

            // the first administrator creates a municipality's API client; that client declares Assen's intent
            app.createAccount(ADMIN, ADMIN_PASSWORD, CLIENT, CLIENT_PASSWORD, "api-clients");
            // bound to the municipalities it acts for, as the README's Security section shows
            for (String municipality : new String[] {"GM0106", "GM0014"}) {
                assertThat(app.put("/engine-rest/group/municipality-" + municipality + "/members/" + CLIENT, ADMIN,
                        ADMIN_PASSWORD).statusCode()).isEqualTo(204);
            }
            HttpResponse<String> intent = app.post("/api/v1/intents", CLIENT, CLIENT_PASSWORD, intent("GM0106"));
            assertThat(intent.statusCode()).as(intent.body()).isEqualTo(201);
            String location = intent.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> onboarding = app.get(location, CLIENT, CLIENT_PASSWORD);
            assertThat(onboarding.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(onboarding.body()).path("stage").asText()).isEqualTo("INTENT_REVIEW");

            // the event went through Kafka: the notifications module mails the contact from it
            await().atMost(Duration.ofSeconds(60)).until(() -> received("e.bakker@gm0106.example.nl"));

            // the database goes away: the readiness probe says so within its timeout, requests answer 503 with
            // Retry-After, and nothing hangs
            servers.stopPostgres();
            assertThat(app.readinessStatus()).as("readiness answers within 5 s, not ready").isEqualTo(503);
            for (HttpResponse<String> refused : new HttpResponse[] {
                    app.post("/api/v1/intents", CLIENT, CLIENT_PASSWORD, intent("GM0014")),
                    app.get(location, CLIENT, CLIENT_PASSWORD)}) {
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                JsonNode problem = JSON.readTree(refused.body());
                assertThat(problem.path("type").asText()).isEqualTo("urn:problem:coalition:service-unavailable");
            }

            // it comes back: the node is ready again by itself and the refused intent goes through
            servers.startPostgresAgain();
            await().atMost(Duration.ofSeconds(60)).until(() -> app.readinessStatus() == 200);
            HttpResponse<String> retried = app.post("/api/v1/intents", CLIENT, CLIENT_PASSWORD, intent("GM0014"));
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);

            Duration stopped = app.stop(Duration.ofSeconds(60));
            log.info("The packaged jar stopped {} ms after SIGTERM", stopped.toMillis());
            assertThat(app.log()).doesNotContain("NoClassDefFoundError");
        }
    }

    private static String intent(String code) {
        String domain = code.toLowerCase(java.util.Locale.ROOT) + ".example.nl";
        return """
                {"municipalityCode": "%s",
                 "alderman": {"name": "Jan Broekema", "email": "j.broekema@%s"},
                 "contact": {"name": "Els Bakker", "email": "e.bakker@%s"},
                 "inCollegeProgramme": true,
                 "motivation": "Samen met onze partners eenzaamheid eerder signaleren."}""".formatted(code, domain,
                domain);
    }

    private static boolean received(String address) throws Exception {
        for (MimeMessage message : servers.mail().greenMail().getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }
}
