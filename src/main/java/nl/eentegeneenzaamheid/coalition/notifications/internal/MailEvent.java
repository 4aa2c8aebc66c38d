package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as the mails need it.
 *
 * @param id     the CloudEvent's id
 * @param name   its type without the prefix, for example {@code intent-registered.v1}
 * @param data   its data
 * @param secret the id of the secret (a link, a code) it handed over, or null
 * @param sent   whether this event's mail to a recipient (lower case) went out already
 */
public record MailEvent(String id, String name, JsonNode data, UUID secret, Predicate<String> sent) {

    /** The text of a field; an empty string when it is missing. */
    public String text(String field) {
        return data.path(field).asText();
    }

    /** A field holding an id. */
    public UUID uuid(String field) {
        return UUID.fromString(data.path(field).asText());
    }
}
