package nl.eentegeneenzaamheid.coalition.intake.messaging;

import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IdempotencyKeyReusedException;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReceipt;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingAlreadyOpenException;
import nl.eentegeneenzaamheid.coalition.municipality.UnknownMunicipalityException;
import nl.eentegeneenzaamheid.coalition.platform.kafka.CommandRejectedException;
import nl.eentegeneenzaamheid.coalition.platform.web.JsonPaths;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@code register-intent} commands (structured-mode CloudEvents) into the same call as the REST API,
 * idempotent by the command's id. A command that can never succeed is rejected: it goes to the dead-letter topic
 * with the reason, and the listener carries on with the next.
 */
@Component
class RegisterIntentCommandListener {

    static final String TYPE = "nl.eentegeneenzaamheid.coalition.register-intent.v1";
    private static final Logger log = LoggerFactory.getLogger(RegisterIntentCommandListener.class);

    private final IntakeService intake;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    RegisterIntentCommandListener(IntakeService intake, ObjectMapper objectMapper, Validator validator) {
        this.intake = intake;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    @KafkaListener(id = "register-intent-commands", idIsGroup = false, topics = "${coalition.kafka.topics.commands.name}")
    void on(ConsumerRecord<String, String> record) {
        JsonNode command = parse(record.value());
        String id = text(command, "id");
        String type = text(command, "type");
        String source = text(command, "source");
        if (!"1.0".equals(text(command, "specversion")) || id == null || id.isBlank() || source == null) {
            throw new CommandRejectedException("not a CloudEvents 1.0 message: specversion 1.0, id and source are required");
        }
        if (!TYPE.equals(type)) {
            throw new CommandRejectedException("unknown command type '" + type + "'; expected " + TYPE);
        }
        RegisterIntent intent = data(command);
        try {
            IntentReceipt receipt = intake.registerIntent(intent, "command:" + id, Channel.KAFKA, "kafka:" + source);
            if (receipt.replayed()) {
                log.info("Command {} was handled before (onboarding {}); ignored", id, receipt.onboardingId());
            } else {
                log.info("Command {} registered the intent of {} (onboarding {})", id, receipt.municipalityCode(),
                        receipt.onboardingId());
            }
        } catch (UnknownMunicipalityException | OnboardingAlreadyOpenException | IdempotencyKeyReusedException e) {
            throw new CommandRejectedException(e.getMessage(), e);
        }
    }

    private JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            throw new CommandRejectedException("empty message");
        }
        try {
            JsonNode node = objectMapper.readTree(value);
            if (node == null || !node.isObject()) {
                throw new CommandRejectedException("the message is not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandRejectedException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private RegisterIntent data(JsonNode command) {
        JsonNode data = command.get("data");
        if (data == null || !data.isObject()) {
            throw new CommandRejectedException("the command has no data object");
        }
        RegisterIntent intent;
        try {
            intent = objectMapper.treeToValue(data, RegisterIntent.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty() ? JsonPaths.of(mapping) + ": " : "";
            throw new CommandRejectedException("data does not match RegisterIntent: " + field
                    + e.getOriginalMessage());
        }
        Set<ConstraintViolation<RegisterIntent>> violations = validator.validate(intent);
        if (!violations.isEmpty()) {
            throw new CommandRejectedException("invalid data: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return intent;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
