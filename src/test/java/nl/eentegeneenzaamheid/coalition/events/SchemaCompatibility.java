package nl.eentegeneenzaamheid.coalition.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a new version of an event schema keeps its consumers reading: every event valid under the new schema must
 * be valid under the old one. Returns what breaks them, empty when the change is additive.
 */
final class SchemaCompatibility {

    private static final List<String> KEYWORDS = List.of("type", "format", "pattern", "const", "$ref");

    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(JsonNode published, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", published, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode old, JsonNode now, List<String> problems) {
        for (String keyword : KEYWORDS) {
            if (old.has(keyword) && !old.get(keyword).equals(now.get(keyword))) {
                problems.add(where(path) + keyword + " changed from " + old.get(keyword) + " to " + now.get(keyword));
            }
        }
        if (old.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            old.get("enum").forEach(allowed::add);
            if (!now.has("enum")) {
                problems.add(where(path) + "enum removed: any value may now appear");
            } else {
                now.get("enum").forEach(value -> {
                    if (!allowed.contains(value)) {
                        problems.add(where(path) + "enum value " + value + " added");
                    }
                });
            }
        }
        if (old.path("additionalProperties").isBoolean() && !old.get("additionalProperties").asBoolean()
                && !(now.path("additionalProperties").isBoolean() && !now.get("additionalProperties").asBoolean())) {
            problems.add(where(path) + "additionalProperties opened");
        }
        Set<String> nowRequired = new HashSet<>();
        now.path("required").forEach(name -> nowRequired.add(name.asText()));
        old.path("required").forEach(name -> {
            if (!nowRequired.contains(name.asText())) {
                problems.add(where(path) + "field '" + name.asText() + "' is no longer required");
            }
        });
        Iterator<Map.Entry<String, JsonNode>> properties = old.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode replacement = now.path("properties").get(property.getKey());
            if (replacement == null) {
                problems.add(where(path) + "field '" + property.getKey() + "' removed");
            } else {
                compare(path + "/" + property.getKey(), property.getValue(), replacement, problems);
            }
        }
        if (old.has("items")) {
            if (!now.has("items")) {
                problems.add(where(path) + "items removed");
            } else {
                compare(path + "/items", old.get("items"), now.get("items"), problems);
            }
        }
    }

    private static String where(String path) {
        return (path.isEmpty() ? "/" : path) + ": ";
    }
}
