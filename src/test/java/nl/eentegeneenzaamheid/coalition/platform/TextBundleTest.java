package nl.eentegeneenzaamheid.coalition.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A module's bundle as TextBundle reads it: named placeholders (digits allowed after a letter), one pass, loud. */
class TextBundleTest {

    private final TextBundle signing = new TextBundle("messages/signing");

    @Test
    void fills_named_placeholders_in_one_pass_with_digits_in_a_name_and_values_as_they_are() {
        assertThat(signing.text("audit.sealed", Map.of("certificate", "{sha256}", "sha256", "abc")))
                .isEqualTo("Verzegeld met het zegel van het programma (certificaat SHA-256 {sha256}); verzegeld "
                        + "document SHA-256 abc");
        assertThat(signing.text("code.wrong", Map.of("left", 1000)))
                .isEqualTo("Onjuiste code. U kunt het nog 1000 keer proberen. (Wrong code; 1000 tries left.)");
        assertThat(signing.text("audit.signed", Map.of("name", "Johannes \"Hans\" d'Arcy $1", "consent", "ja")))
                .isEqualTo("Getekend als \"Johannes \"Hans\" d'Arcy $1\"; toestemming gegeven: ja");
    }

    @Test
    void a_missing_key_or_value_fails_loudly() {
        assertThatThrownBy(() -> signing.text("no.such.text")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> signing.text("link.expired"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{date}")
                .hasMessageContaining("messages/signing");
    }
}
