package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published JSON Schemas of the events (docs/events/), as another team validates against them. */
public final class EventSchemas {

    public static final Path DIRECTORY = Path.of("docs", "events");
    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** The schema file of {@code intent-registered.v1} or of the CloudEvent type that ends in it. */
    public static Path file(String type) {
        String name = type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
        return DIRECTORY.resolve(name + ".schema.json");
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the event's {@code data} under its type's schema; empty when valid. */
    public static List<String> problems(String type, JsonNode data) {
        Path file = file(type);
        if (!Files.exists(file)) {
            return List.of("no schema " + file);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = FACTORY.getSchema(read(file), config);
        Set<ValidationMessage> messages = schema.validate(data);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
