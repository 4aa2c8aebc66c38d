package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails' people-facing texts, from {@code messages/notifications.properties} (UTF-8), in Dutch.
 *
 * <p>Placeholders are named ({@code {municipality}}) and filled in here, in one pass: the message source is asked
 * without arguments and with {@code alwaysUseMessageFormat} off, so it returns the text as written and
 * {@link java.text.MessageFormat} never sees it. So an apostrophe in a text is written once (no {@code ''}), a number
 * is written as given (no locale grouping: place 1000 stays "1000"), and a value that contains braces or quotes
 * ("Johannes "Hans" d'Arcy", "{title}") is put in as it is and never read as a pattern.
 */
@Component
public class MailTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final MessageSource messages;

    public MailTexts() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/notifications");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
        source.setUseCodeAsDefaultMessage(false);
        this.messages = source;
    }

    /** The text without placeholders; a missing key fails (NoSuchMessageException). */
    public String get(String key) {
        return fill(key, Map.of());
    }

    /** The text with its placeholders filled in; a placeholder without a value fails. */
    public String get(String key, Map<String, ?> values) {
        return fill(key, values);
    }

    private String fill(String key, Map<String, ?> values) {
        String pattern = messages.getMessage(key, null, DUTCH);
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for {" + name + "} in the mail text " + key);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(values.get(name))));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
