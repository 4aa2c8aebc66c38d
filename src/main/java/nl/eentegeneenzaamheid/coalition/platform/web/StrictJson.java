package nl.eentegeneenzaamheid.coalition.platform.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One rule for every JSON body the application reads (the API and the Kafka commands): what the API documents, and
 * nothing else. Unknown fields, a value of another JSON type than documented (a number for text, {@code 1} or
 * {@code "true"} for a boolean, a fraction for a whole number), a key given twice, content after the object, and
 * text with control characters are refused with a 400 that names the field; nothing is guessed.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    private static final CoercionAction FAIL = CoercionAction.Fail;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .modulesToInstall(new SimpleModule("coalition-text").addDeserializer(String.class, new Text()))
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, FAIL)
                            .setCoercion(CoercionInputShape.Float, FAIL).setCoercion(CoercionInputShape.Boolean, FAIL);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, FAIL)
                            .setCoercion(CoercionInputShape.String, FAIL);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, FAIL)
                            .setCoercion(CoercionInputShape.Float, FAIL);
                    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, FAIL);
                    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, FAIL);
                });
    }

    /** Text without control characters: refused where it is read, with the field's path. */
    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            int forbidden = value == null ? -1 : ControlCharacters.firstForbidden(value);
            if (forbidden >= 0) {
                throw new ForbiddenCharacterException(parser, ControlCharacters.describe(value, forbidden));
            }
            return value;
        }
    }

    /** Text with a character it may not contain. */
    static final class ForbiddenCharacterException extends MismatchedInputException {

        ForbiddenCharacterException(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
