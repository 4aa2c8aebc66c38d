package nl.eentegeneenzaamheid.coalition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import nl.eentegeneenzaamheid.coalition.support.EventStream;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Another service registers an intent with a {@code register-intent} command on Kafka.
 */
@IntegrationTest
class RegisterIntentCommandIntegrationTest {

    private static final String COMMANDS = "coalition.onboarding.commands.v1";
    private static final String DEAD_LETTERS = COMMANDS + ".DLT";
    private static final String EVENTS = "coalition.onboarding.events.v1";
    private static final String INTENT_REGISTERED = "nl.eentegeneenzaamheid.coalition.intent-registered.v1";

    @Autowired KafkaTemplate<String, String> kafkaTemplate;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired JdbcTemplate jdbc;

    EventStream events;
    EventStream deadLetters;

    @BeforeEach
    void openStreams() {
        events = EventStream.fromNow(kafka.bootstrapServers(), EVENTS);
        deadLetters = EventStream.fromNow(kafka.bootstrapServers(), DEAD_LETTERS);
    }

    @AfterEach
    void closeStreams() {
        events.close();
        deadLetters.close();
    }

    @Test
    void a_valid_command_starts_the_journey_and_its_duplicate_is_ignored() {
        String commandId = UUID.randomUUID().toString();

        send("GM0307", command(commandId, Api.intent("GM0307")));
        send("GM0307", command(commandId, Api.intent("GM0307")));

        ConsumerRecord<String, String> registered = events.awaitOne(
                EventStream.event(INTENT_REGISTERED, "municipalityCode", "GM0307"), Duration.ofSeconds(30));
        assertThat(EventStream.json(registered).path("data").path("channel").asText()).isEqualTo("KAFKA");
        String onboardingId = EventStream.json(registered).path("data").path("onboardingId").asText();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?",
                Integer.class, onboardingId)).isPositive();

        // the duplicate was consumed (a marker command behind it is processed) and changed nothing
        send("GM0308", command(UUID.randomUUID().toString(), Api.intent("GM0308")));
        events.awaitOne(EventStream.event(INTENT_REGISTERED, "municipalityCode", "GM0308"), Duration.ofSeconds(30));
        events.drain(Duration.ofMillis(500));
        assertThat(events.matching(EventStream.event(INTENT_REGISTERED, "municipalityCode", "GM0307"))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = 'GM0307'",
                Integer.class)).isOne();
        assertThat(deadLetters.matching(record -> "GM0307".equals(record.key()))).isEmpty();
    }

    @Test
    void garbage_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_command_is_processed() {
        send("GM0394", "this is not JSON {");
        send("GM0394", command(UUID.randomUUID().toString(), "{\"municipalityCode\": \"GM0394\"}"));
        send("GM0457", command(UUID.randomUUID().toString(), Api.intent("GM0457")));
        send("GM0394", command(UUID.randomUUID().toString(), Api.intent("GM0394")));

        events.awaitOne(EventStream.event(INTENT_REGISTERED, "municipalityCode", "GM0394"), Duration.ofSeconds(30));
        var rejected = deadLetters.await(record -> true, 3, Duration.ofSeconds(30));
        assertThat(rejected).extracting(record -> reason(record)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("malformed JSON"),
                reason -> assertThat(reason).startsWith("invalid data").contains("alderman").contains("motivation"),
                reason -> assertThat(reason).contains("GM0457").contains("not the CBS code"));
        assertThat(rejected.get(0).value()).isEqualTo("this is not JSON {");
        assertThat(rejected.get(0).headers().lastHeader("kafka_dlt-original-topic")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = 'GM0457'",
                Integer.class)).isZero();
    }

    @Test
    void a_command_of_an_unknown_type_is_dead_lettered() {
        String unknown = """
                {"specversion": "1.0", "id": "%s", "source": "urn:test", "type": "nl.example.delete-everything.v1",
                 "data": {}}""".formatted(UUID.randomUUID());
        send("GM0400", unknown);

        ConsumerRecord<String, String> rejected = deadLetters.awaitOne(record -> "GM0400".equals(record.key()),
                Duration.ofSeconds(30));
        assertThat(reason(rejected)).startsWith("unknown command type 'nl.example.delete-everything.v1'");
    }

    @Test
    void hostile_commands_are_dead_lettered_with_a_reason_change_nothing_and_hold_nothing_up() throws Exception {
        String code = new TestMunicipalities(jdbc).unused();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode valid = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Api.intent(code));
        List<String> hostile = new java.util.ArrayList<>();
        for (String field : List.of("municipalityCode", "alderman.name", "alderman.email", "contact.name",
                "contact.email", "contact.phone", "motivation")) {
            for (com.fasterxml.jackson.databind.JsonNode value : List.of(json.getNodeFactory().textNode("A\u0000B"),
                    json.getNodeFactory().textNode("x".repeat(100_001)), json.getNodeFactory().numberNode(12345),
                    json.createArrayNode())) {
                com.fasterxml.jackson.databind.node.ObjectNode data = valid.deepCopy();
                String[] path = field.split("\\.");
                ((com.fasterxml.jackson.databind.node.ObjectNode) (path.length == 1 ? data : data.get(path[0])))
                        .set(path[path.length - 1], value);
                hostile.add(command(UUID.randomUUID().toString(), json.writeValueAsString(data)));
            }
        }
        String text = json.writeValueAsString(valid);
        hostile.add(command(UUID.randomUUID().toString(), text.replace("{\"municipalityCode\"",
                "{\"unknownField\": 1, \"municipalityCode\"")));
        hostile.add(command(UUID.randomUUID().toString(), "{\"motivation\": \"a\", " + text.substring(1)));
        hostile.add(command(UUID.randomUUID().toString(), text.replace("\"inCollegeProgramme\":true",
                "\"inCollegeProgramme\":1")));
        hostile.add(command(UUID.randomUUID().toString(), text) + "}}]]");
        hostile.add(command(UUID.randomUUID().toString(), "\"tekst\""));
        hostile.add("[" + command(UUID.randomUUID().toString(), text) + "]");
        hostile.add("");
        int before = jdbc.queryForObject("select count(*) from onboarding where municipality_code = ?", Integer.class,
                code);

        hostile.forEach(value -> send(code, value));
        send(code, command(UUID.randomUUID().toString(), text));

        events.awaitOne(EventStream.event(INTENT_REGISTERED, "municipalityCode", code), Duration.ofSeconds(60));
        var rejected = deadLetters.await(record -> code.equals(record.key()), hostile.size(), Duration.ofSeconds(60));
        assertThat(rejected).hasSize(hostile.size()).allSatisfy(record -> assertThat(reason(record)).isNotBlank());
        assertThat(rejected).extracting(record -> reason(record)).anyMatch(reason -> reason.contains("U+0000"))
                .anyMatch(reason -> reason.contains("unknownField")).anyMatch(reason -> reason.contains("Duplicate"));
        assertThat(jdbc.queryForObject("select count(*) from onboarding where municipality_code = ?", Integer.class,
                code)).as("only the valid command registered an intent").isEqualTo(before + 1);
    }

    private void send(String key, String value) {
        await().atMost(Duration.ofSeconds(10)).until(() -> kafkaTemplate.send(COMMANDS, key, value)
                .get().getRecordMetadata() != null);
    }

    private static String command(String id, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "urn:test:municipal-portal",
                 "type": "nl.eentegeneenzaamheid.coalition.register-intent.v1",
                 "datacontenttype": "application/json", "data": %s}""".formatted(id, data);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("coalition-dlt-reason").value(), StandardCharsets.UTF_8);
    }
}
