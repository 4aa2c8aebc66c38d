package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail texts as read from the bundle: UTF-8, apostrophes and braces as written, named placeholders in one pass. */
class MailTextsTest {

    private final MailTexts texts = new MailTexts();

    @Test
    void texts_are_read_as_utf8_with_their_apostrophes_and_leading_spaces_as_written() {
        assertThat(texts.get("onboarding-completed.subject")).isEqualTo("Welkom bij Eén tegen eenzaamheid");
        assertThat(texts.get("meeting.registration-cancelled.intro.1")).isEqualTo("U bent afgemeld. Jammer dat u er "
                + "niet bij kunt zijn; uw plaats gaat naar wie op de wachtlijst staat.");
        assertThat(texts.get("subject.suffix", Map.of("municipality", "'s-Hertogenbosch")))
                .isEqualTo(" ('s-Hertogenbosch)");
        assertThat(texts.get("subject.reminder-prefix")).isEqualTo("Herinnering: ");
        assertThat(texts.get("meeting.rescheduled.intro", Map.of("title", "Wethouders' tafel", "reason", "")))
                .isEqualTo("De bijeenkomst \u201cWethouders' tafel\u201d is gewijzigd. Dit zijn de nieuwe gegevens.");
    }

    @Test
    void values_go_in_as_they_are_never_read_as_a_pattern_and_numbers_are_not_grouped() {
        assertThat(texts.get("partner-invitation-expired.subject", Map.of("organisation",
                "Stichting 't Anker {title} $1 \\ \"Zorg\"\nNoord")))
                .isEqualTo("De uitnodiging van Stichting 't Anker {title} $1 \\ \"Zorg\"\nNoord is verlopen");
        assertThat(texts.get("meeting.waitlisted.intro.1", Map.of("position", 1000))).endsWith("op plaats 1000.");
    }

    @Test
    void a_missing_text_or_value_fails_loudly() {
        assertThatThrownBy(() -> texts.get("no.such.text")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> texts.get("signing-voided.subject"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{municipality}");
    }

    @Test
    void every_text_in_the_bundle_reads_and_fills_with_its_placeholders() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MailTexts.class.getResourceAsStream("/messages/notifications.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundle).hasSizeGreaterThan(40);
        Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)}");
        for (String key : bundle.stringPropertyNames()) {
            Map<String, Object> values = new HashMap<>();
            Matcher matcher = placeholder.matcher(bundle.getProperty(key));
            while (matcher.find()) {
                values.put(matcher.group(1), "<" + matcher.group(1) + ">");
            }
            assertThat(texts.get(key, values)).as(key).doesNotContain("{").doesNotContain("\uFFFD")
                    .doesNotContain("Ã");
        }
    }
}
