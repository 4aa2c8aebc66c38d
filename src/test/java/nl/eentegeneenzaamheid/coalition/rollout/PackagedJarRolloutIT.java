package nl.eentegeneenzaamheid.coalition.rollout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import nl.eentegeneenzaamheid.coalition.support.PackagedApplication;
import nl.eentegeneenzaamheid.coalition.support.StandaloneServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's "On real infrastructure" path to the end: the packaged jar on servers of its own, the simulator's
 * accounts created with the README's calls, the national-rollout simulator pointed at it with {@code --url}; then a
 * node killed (SIGKILL) while it holds the job that seals a just-signed agreement: after the restart the agreement is
 * sealed and the journey goes on, within the job lock's 30 s (ADR 0007), not Camunda's default five minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarRolloutIT {

    private static final Logger log = LoggerFactory.getLogger(PackagedJarRolloutIT.class);
    private static final String ADMIN = "beheerder";
    private static final String ADMIN_PASSWORD = "first-admin-Pa55word";
    private static final String PASSWORD = "rollout-Pa55word";

    private static StandaloneServers servers;
    private static PackagedApplication app;

    @BeforeAll
    static void startInstallation() {
        servers = StandaloneServers.start(Path.of("target", "packaged-jar-rollout-it"));
        app = new PackagedApplication(PackagedApplication.packagedJar(),
                servers.installation(ADMIN, ADMIN_PASSWORD, "seal-Pa55word-for-tests"),
                servers.folder().resolve("application.log"));
        app.start().awaitReady(Duration.ofMinutes(4));
        app.createAccount(ADMIN, ADMIN_PASSWORD, "anna", PASSWORD, "programme-staff");
        app.createAccount(ADMIN, ADMIN_PASSWORD, "bram", PASSWORD, "programme-advisors");
        app.createAccount(ADMIN, ADMIN_PASSWORD, "gemeente-api", PASSWORD, "api-clients");
        app.put("/engine-rest/group/all-municipalities/members/gemeente-api", ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopInstallation() {
        if (app != null) {
            app.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    private static String[] simulator(String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--url=" + app.baseUrl(),
                "--jdbc-url=" + servers.jdbcUrl(), "--kafka=" + servers.kafkaBootstrapServers(),
                "--imap=127.0.0.1:" + servers.mail().imapPort(), "--password=" + PASSWORD, "--admin=" + ADMIN,
                "--admin-password=" + ADMIN_PASSWORD, "--open-tasks=0", "--pgbench-seconds=0", "--baseline=false",
                "--output=" + servers.folder().resolve("rollout")));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    @Test
    @Order(2)
    void the_simulator_takes_municipalities_through_the_whole_journey_on_the_packaged_jar() throws Exception {
        int exitCode = NationalRollout.cli(simulator("--municipalities=2", "--concurrency=2"));
        Path report = servers.folder().resolve("rollout").resolve("report.md");
        assertThat(exitCode).as(() -> "the simulator's report:\n" + read(report)).isZero();
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no report: " + e + ")";
        }
    }

    /** First: the simulator then leaves Amsterdam alone (it picks municipalities that have not started). */
    @Test
    @Order(1)
    void a_node_killed_while_it_seals_an_agreement_seals_it_after_the_restart() {
        RolloutOptions options = RolloutOptions.parse(simulator("--municipalities=1", "--decline-share=0",
                "--expire-share=0", "--min-partners=3", "--max-partners=3"));
        Http http = new Http(app.baseUrl(), options.accounts(), new Latencies());
        Mail mail = new Mail("127.0.0.1:" + servers.mail().imapPort(), Duration.ofMinutes(3), new Latencies());
        Database database = new Database(servers.jdbcUrl(), "postgres", "");
        NationalRollout.scheduleAldermenMeeting(http, options.accounts().staff());
        Instant[] restarted = new Instant[1];
        Journey journey = new Journey(http, mail, "GM0363", "Amsterdam", options, new Random(7))
                .afterLastSignature(onboardingId -> {
                    // the node has taken the sealing job: it dies holding the job's lock
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5)).until(() ->
                            database.queryLong("select count(*) from act_ru_job j join act_ru_jobdef d "
                                    + "on d.id_ = j.job_def_id_ where d.act_id_ = 'seal-agreement' "
                                    + "and j.lock_owner_ is not null") == 1);
                    app.kill();
                    app.start().awaitReady(Duration.ofMinutes(4));
                    restarted[0] = Instant.now();
                });

        Journey.Outcome outcome = journey.run();

        assertThat(outcome.stage()).isEqualTo("JOINED");
        long sealedSeconds = database.queryLong("select extract(epoch from sealed_at)::bigint from envelope e "
                + "join onboarding o on o.id = e.onboarding_id where o.municipality_code = 'GM0363'");
        log.info("The agreement was sealed {} s after the restarted node was ready",
                sealedSeconds - restarted[0].getEpochSecond());
        assertThat(database.queryLong("select count(*) from signing_audit a join envelope e on e.id = a.envelope_id "
                + "join onboarding o on o.id = e.onboarding_id where o.municipality_code = 'GM0363' "
                + "and a.action = 'sealed'")).as("sealed once").isEqualTo(1);
    }
}
