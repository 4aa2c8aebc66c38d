package nl.eentegeneenzaamheid.coalition.meetings.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the process's variables: ids as strings, and the forms' lists (JSON from Tasklist, a list from the API). */
final class Variables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Variables() {
    }

    static UUID meetingId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(MeetingProcess.VAR_MEETING_ID));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static Integer number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A list of strings: a Java list, or JSON (a Spin value's text, or a JSON array string). */
    static List<String> strings(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> strings.add(String.valueOf(item)));
            return strings;
        }
        try {
            JsonNode node = JSON.readTree(value.toString());
            if (node.isArray()) {
                node.forEach(item -> strings.add(item.asText()));
            } else if (node.isTextual() && !node.asText().isBlank()) {
                strings.add(node.asText());
            }
        } catch (JsonProcessingException e) {
            strings.add(value.toString());
        }
        return strings;
    }
}
