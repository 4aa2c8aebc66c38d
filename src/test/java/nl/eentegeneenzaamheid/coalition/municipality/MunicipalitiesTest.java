package nl.eentegeneenzaamheid.coalition.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    final Municipalities municipalities = new Municipalities();

    @Test
    void holds_the_342_municipalities_of_2025_in_twelve_provinces() {
        assertThat(municipalities.all()).hasSize(342);
        Map<String, Long> perProvince = municipalities.all().stream()
                .collect(Collectors.groupingBy(Municipality::province, Collectors.counting()));
        assertThat(perProvince).hasSize(12).containsEntry("Fryslân", 18L).containsEntry("Noord-Brabant", 56L)
                .containsEntry("Zuid-Holland", 50L).containsEntry("Drenthe", 12L);
    }

    @Test
    void knows_assen_and_the_names_that_are_easy_to_get_wrong() {
        assertThat(municipalities.require("GM0106")).isEqualTo(new Municipality("GM0106", "Assen", "Drenthe"));
        assertThat(municipalities.require("gm0518").name()).isEqualTo("'s-Gravenhage");
        assertThat(municipalities.require("GM1900").name()).isEqualTo("Súdwest-Fryslân");
        assertThat(municipalities.all()).extracting(Municipality::name)
                .contains("Nuenen, Gerwen en Nederwetten", "Bergen (NH.)", "Bergen (L.)");
    }

    @Test
    void refuses_former_and_made_up_codes() {
        assertThat(municipalities.find("GM0457")).as("Weesp, merged into Amsterdam in 2022").isEmpty();
        assertThatThrownBy(() -> municipalities.require("GM9999"))
                .isInstanceOf(UnknownMunicipalityException.class).hasMessageContaining("GM9999");
        assertThat(municipalities.find(null)).isEmpty();
    }

    @Test
    void splits_quoted_csv_fields() {
        assertThat(Municipalities.splitCsvLine("GM0820,\"Nuenen, Gerwen en Nederwetten\",Noord-Brabant"))
                .containsExactly("GM0820", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant");
        assertThat(Municipalities.splitCsvLine("a,\"say \"\"hi\"\"\",c")).containsExactly("a", "say \"hi\"", "c");
    }
}
