package nl.eentegeneenzaamheid.coalition.platform;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * People-facing texts from one bundle, {@code <basename>.properties} (UTF-8, Dutch), e.g.
 * {@code new TextBundle("messages/signing")}. Each module owns its bundle and holds it in a static final field where it
 * needs it, so a plain class needs no injection.
 *
 * <p>Placeholders are named ({@code {municipality}}, {@code {sha256}}: a letter, then letters or digits) and filled
 * in here, in one pass: the message source is asked without arguments and with {@code alwaysUseMessageFormat} off, so
 * it returns the text as written and {@link java.text.MessageFormat} never sees it. So an apostrophe in a text is written once (no {@code ''}), a number
 * is written as given ({@code String.valueOf}: no locale grouping, place 1000 stays "1000"), and a value that contains
 * braces or quotes ("Johannes "Hans" d'Arcy", "{title}") is put in as it is and never read as a pattern. A missing key
 * ({@link NoSuchMessageException}) or a placeholder without a value ({@link IllegalArgumentException}) fails loudly.
 */
public final class TextBundle {

    /** The language of every bundle. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** A named placeholder: {@code {name}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String basename;
    private final MessageSource messages;

    public TextBundle(String basename) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(basename);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
        source.setUseCodeAsDefaultMessage(false);
        this.basename = basename;
        this.messages = source;
    }

    /** The bundle's base name, e.g. {@code messages/signing}. */
    public String basename() {
        return basename;
    }

    /** The text without placeholders; a missing key fails ({@link NoSuchMessageException}). */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** The text with its placeholders filled in; a missing key or a placeholder without a value fails. */
    public String text(String key, Map<String, ?> values) {
        String pattern = messages.getMessage(key, null, DUTCH);
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for {" + name + "} in the text " + key + " of "
                        + basename);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(values.get(name))));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
