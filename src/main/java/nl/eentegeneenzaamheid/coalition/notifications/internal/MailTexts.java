package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.Map;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import org.springframework.stereotype.Component;

/**
 * The mails' people-facing texts, from {@code messages/notifications.properties} (UTF-8), in Dutch, read and filled
 * by the platform's {@link TextBundle}: named placeholders ({@code {municipality}}) in one pass, apostrophes written
 * once, numbers not grouped, values never read as a pattern.
 */
@Component
public class MailTexts {

    private final TextBundle bundle = new TextBundle("messages/notifications");

    /** The text without placeholders; a missing key fails (NoSuchMessageException). */
    public String get(String key) {
        return bundle.text(key);
    }

    /** The text with its placeholders filled in; a placeholder without a value fails. */
    public String get(String key, Map<String, ?> values) {
        return bundle.text(key, values);
    }
}
