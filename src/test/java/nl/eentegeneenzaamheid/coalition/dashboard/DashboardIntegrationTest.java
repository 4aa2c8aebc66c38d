package nl.eentegeneenzaamheid.coalition.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard is fed by the events topic alone: an intent registered anywhere shows up in its counts and feed,
 * a redelivered event changes nothing, an unknown type is skipped and counted, the read model can be rebuilt from
 * the topic, and the public summary holds no personal data.
 */
@IntegrationTest
class DashboardIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired IntakeService intake;
    @Autowired DashboardProjection projection;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void an_intent_shows_up_in_the_counts_and_the_feed_through_kafka() {
        JsonNode before = summary();
        int reviewing = count(before, "INTENT_REVIEW");
        int notStarted = count(before, "NOT_STARTED");

        register("GM0310", "Jan Wethouder", "wethouder@debilt.example.nl");

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count(summary(), "INTENT_REVIEW") == reviewing + 1);
        JsonNode after = summary();
        assertThat(count(after, "NOT_STARTED")).isEqualTo(notStarted - 1);
        assertThat(after.path("municipalities").asInt()).isEqualTo(342);
        assertThat(after.path("milestones").findValuesAsText("text"))
                .contains("De Bilt verklaart de intentie om een lokale coalitie te vormen");
        JsonNode utrecht = province(after, "Utrecht");
        assertThat(utrecht.path("started").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(after.toString()).as("aggregates only").doesNotContain("Jan Wethouder")
                .doesNotContain("@").doesNotContain("debilt.example.nl");
    }

    @Test
    void a_redelivered_event_changes_nothing_and_an_unknown_type_is_skipped_and_counted() throws Exception {
        String code = "GM0312";
        UUID onboardingId = register(code, "Wethouder Bunnik", "wethouder@bunnik.example.nl");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from dashboard_onboarding where onboarding_id = ?", Integer.class, onboardingId) == 1);
        String published = jdbc.queryForObject("select payload from outbox_event where message_key = ? "
                + "order by position limit 1", String.class, code);
        JsonNode event = cloudEvent(published);

        assertThat(projection.apply(event)).as("the same event again").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from dashboard_stage_visit where onboarding_id = ?",
                Integer.class, onboardingId)).isEqualTo(1);

        double skipped = meters.counter("coalition.dashboard.events.skipped").count();
        JsonNode unknown = json.readTree("""
                {"specversion": "1.0", "id": "%s", "source": "urn:example", "subject": "GM0312",
                 "type": "nl.eentegeneenzaamheid.coalition.something-new.v1", "time": "2026-11-23T10:00:00Z",
                 "data": {"municipalityCode": "GM0312"}}""".formatted(UUID.randomUUID()));
        assertThat(projection.apply(unknown)).isFalse();
        assertThat(meters.counter("coalition.dashboard.events.skipped").count()).isEqualTo(skipped + 1);
    }

    @Test
    void the_read_model_is_rebuilt_from_the_topic_and_only_admins_may_ask() {
        register("GM0313", "Wethouder Bunschoten", "wethouder@bunschoten.example.nl");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from dashboard_onboarding where municipality_code = 'GM0313'", Integer.class) == 1);
        int events = jdbc.queryForObject("select count(*) from dashboard_applied_event", Integer.class);
        JsonNode before = summary();

        assertThat(api.post("/api/v1/dashboard/rebuild", "anna", "").status()).isEqualTo(403);
        java.sql.Timestamp beforeRebuild = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
        Api.Response rebuild = api.post("/api/v1/dashboard/rebuild", "admin", "");
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().path("partitionsRewound").asInt()).isPositive();

        // every event was applied again, after the rebuild began: the old rows are gone
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from dashboard_applied_event where applied_at > ?", Integer.class,
                beforeRebuild) >= events);
        assertThat(jdbc.queryForObject("select count(*) from dashboard_applied_event where applied_at <= ?",
                Integer.class, beforeRebuild)).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> summary().path("stages").equals(before.path("stages")));
        assertThat(summary().path("partnersByType")).isEqualTo(before.path("partnersByType"));
    }

    private UUID register(String code, String alderman, String email) {
        return intake.registerIntent(new RegisterIntent(code, new RegisterIntent.Person(alderman, email, null),
                new RegisterIntent.Person("Contact", "contact@" + email.substring(email.indexOf('@') + 1), null), true,
                "Wij doen mee."), null, Channel.API, "gemeente-api").onboardingId();
    }

    private JsonNode summary() {
        Api.Response response = api.get("/api/v1/dashboard/summary", null);
        assertThat(response.status()).as("public").isEqualTo(200);
        return response.body();
    }

    private static int count(JsonNode summary, String stage) {
        for (JsonNode row : summary.path("stages")) {
            if (row.path("stage").asText().equals(stage)) {
                return row.path("count").asInt();
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    private static JsonNode province(JsonNode summary, String name) {
        for (JsonNode row : summary.path("provinces")) {
            if (row.path("province").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no province " + name);
    }

    private JsonNode cloudEvent(String payload) throws Exception {
        return json.readTree(payload);
    }
}
