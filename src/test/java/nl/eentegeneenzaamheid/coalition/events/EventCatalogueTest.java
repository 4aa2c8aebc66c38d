package nl.eentegeneenzaamheid.coalition.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.eentegeneenzaamheid.coalition.support.EventSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event catalogue keeps other teams' consumers working: every event type the code can emit has a JSON Schema, its
 * fields are all documented, an instance of it validates, the AsyncAPI document lists it, and no schema changed in a
 * way that breaks consumers of the published version.
 */
class EventCatalogueTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    private static List<Class<?>> events;

    @BeforeAll
    static void findEvents() {
        events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.eentegeneenzaamheid.coalition").stream()
                .filter(type -> type.isAnnotatedWith(EventType.class)).map(JavaClass::reflect)
                .<Class<?>>map(type -> type).toList();
        assertThat(events).hasSizeGreaterThanOrEqualTo(31);
    }

    @Test
    void every_event_type_has_a_schema() {
        for (Class<?> event : events) {
            assertThat(Files.exists(schemaOf(event))).as(event.getSimpleName() + " has " + schemaOf(event)).isTrue();
        }
    }

    @Test
    void every_field_of_every_event_is_in_its_schema_and_the_schema_requires_only_real_fields() {
        for (Class<?> event : events) {
            JsonNode schema = EventSchemas.read(schemaOf(event));
            Set<String> components = new HashSet<>();
            for (RecordComponent component : event.getRecordComponents()) {
                components.add(component.getName());
                assertThat(schema.path("properties").has(component.getName()))
                        .as(event.getSimpleName() + "." + component.getName() + " is documented").isTrue();
            }
            schema.path("required").forEach(name -> assertThat(components)
                    .as(schemaOf(event) + " requires a field the event has").contains(name.asText()));
        }
    }

    @Test
    void an_instance_of_every_event_type_validates_against_its_schema() throws Exception {
        for (Class<?> event : events) {
            JsonNode schema = EventSchemas.read(schemaOf(event));
            JsonNode data = JSON.valueToTree(sample(event, schema, schema));
            assertThat(EventSchemas.problems(typeOf(event), data)).as(event.getSimpleName() + " " + data).isEmpty();
        }
    }

    @Test
    void a_wrong_instance_is_refused_so_that_the_validation_can_fail() {
        ObjectNode data = JSON.createObjectNode();
        data.put("onboardingId", "not-a-uuid");
        data.put("municipalityCode", "Assen");
        assertThat(EventSchemas.problems("intent-approved.v1", data)).isNotEmpty()
                .anyMatch(problem -> problem.contains("onboardingId"))
                .anyMatch(problem -> problem.contains("municipalityCode"));
    }

    @Test
    void the_asyncapi_document_lists_every_event_type_and_every_topic() throws IOException {
        JsonNode asyncapi = new YAMLMapper().readTree(EventSchemas.DIRECTORY.resolve("asyncapi.yaml").toFile());
        assertThat(asyncapi.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> listed = new ArrayList<>();
        asyncapi.path("components").path("messages").forEach(message -> listed.add(message.path("name").asText()));
        for (Class<?> event : events) {
            assertThat(listed).as("asyncapi.yaml lists " + typeOf(event)).contains(EventTypes.PREFIX + typeOf(event));
            String channel = event.getAnnotation(EventType.class).channel();
            assertThat(asyncapi.path("channels").path(channel).path("messages").has(event.getSimpleName()))
                    .as("the " + channel + " channel carries " + event.getSimpleName()).isTrue();
        }
        List<String> addresses = new ArrayList<>();
        asyncapi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder("coalition.onboarding.events.v1",
                "coalition.onboarding.commands.v1", "coalition.onboarding.commands.v1.DLT",
                "coalition.notifications.v1.DLT", "coalition.signing.audit.v1");
    }

    @Test
    void no_schema_changed_in_a_way_that_breaks_the_consumers_of_the_published_version() throws IOException {
        Path published = Path.of("src", "test", "resources", "published-events");
        try (Stream<Path> files = Files.list(published)) {
            for (Path old : files.filter(file -> file.toString().endsWith(".schema.json")).toList()) {
                Path current = EventSchemas.DIRECTORY.resolve(old.getFileName());
                assertThat(Files.exists(current)).as("a published schema stays: " + current).isTrue();
                assertThat(SchemaCompatibility.breakingChanges(EventSchemas.read(old), EventSchemas.read(current)))
                        .as(current + " breaks its consumers: publish a v2 beside it (docs/events/README.md)")
                        .isEmpty();
            }
        }
    }

    @Test
    void the_compatibility_check_catches_breaking_changes_and_lets_additive_ones_pass() throws IOException {
        JsonNode published = EventSchemas.read(EventSchemas.DIRECTORY.resolve("partner-accepted.v1.schema.json"));

        ObjectNode additive = published.deepCopy();
        ((ObjectNode) additive.path("properties")).putObject("newField").put("type", "string");
        assertThat(SchemaCompatibility.breakingChanges(published, additive)).isEmpty();

        ObjectNode removed = published.deepCopy();
        ((ObjectNode) removed.path("properties")).remove("signerName");
        assertThat(SchemaCompatibility.breakingChanges(published, removed)).anyMatch(p -> p.contains("removed"));

        ObjectNode optional = published.deepCopy();
        optional.putArray("required").add("onboardingId");
        assertThat(SchemaCompatibility.breakingChanges(published, optional))
                .anyMatch(p -> p.contains("no longer required"));

        ObjectNode retyped = published.deepCopy();
        ((ObjectNode) retyped.path("properties").path("acceptedAt")).put("format", "date");
        assertThat(SchemaCompatibility.breakingChanges(published, retyped)).anyMatch(p -> p.contains("format"));

        JsonNode method = EventSchemas.read(EventSchemas.DIRECTORY.resolve("signing-completed.v1.schema.json"));
        ObjectNode widened = method.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) widened.path("properties").path("method").path("enum"))
                .add("FAX");
        assertThat(SchemaCompatibility.breakingChanges(method, widened)).anyMatch(p -> p.contains("enum value"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Path schemaOf(Class<?> event) {
        return EventSchemas.file(typeOf(event));
    }

    private static String typeOf(Class<?> event) {
        EventType type = event.getAnnotation(EventType.class);
        return type.name() + ".v" + type.version();
    }

    /** An instance with a value in every field, shaped by the field's type and (for text) its schema. */
    private static Object sample(Class<?> type, JsonNode schema, JsonNode root) throws Exception {
        if (schema.has("$ref")) {
            // "#/$defs/person": a definition in the same file
            JsonNode definition = root;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                definition = definition.path(part);
            }
            schema = definition;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getGenericType(),
                    schema.path("properties").path(components[i].getName()), root);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(String name, Type type, JsonNode schema, JsonNode root) throws Exception {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return text(name, schema);
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-11-23T10:15:30.123456Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 11, 23);
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 3L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(value(name, element, schema.path("items"), root));
        }
        if (raw.isRecord()) {
            return sample(raw, schema, root);
        }
        throw new IllegalArgumentException("No sample for " + type + " (" + name + ")");
    }

    private static String text(String name, JsonNode schema) {
        if (name.toLowerCase().contains("email")) {
            return "iemand@example.nl";
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String pattern = schema.path("pattern").asText();
        if (pattern.contains("GM")) {
            return "GM0106";
        }
        if (pattern.contains("[0-9a-f]{64}")) {
            return "a".repeat(64);
        }
        if (pattern.contains("\\d{8}") || pattern.contains("[0-9]{8}")) {
            return "40530621";
        }
        return switch (schema.path("format").asText()) {
            case "email" -> "iemand@example.nl";
            case "uri" -> "https://example.nl/";
            case "date" -> "2026-11-23";
            case "date-time" -> "2026-11-23T10:15:30Z";
            case "uuid" -> UUID.randomUUID().toString();
            default -> "Voorbeeld " + name;
        };
    }
}
