package nl.eentegeneenzaamheid.coalition.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code workflows/coalition-readiness.dmn}: at least 3 partners that accepted, of at least 2 kinds.
 */
class CoalitionReadinessDecisionTest {

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0} partners of {1} kinds: ready {2}")
    @CsvSource({
            "0, 0, false, Minder dan drie partners doen mee",
            "2, 2, false, Minder dan drie partners doen mee",
            "3, 1, false, Alle partners zijn van dezelfde soort",
            "3, 2, true, Minstens drie partners van minstens twee soorten doen mee",
            "7, 6, true, Minstens drie partners van minstens twee soorten doen mee"})
    void decides_readiness(int partners, int kinds, boolean ready, String reason) throws Exception {
        try (InputStream dmn = Files.newInputStream(Path.of("workflows/coalition-readiness.dmn"))) {
            DmnDecision decision = DMN.parseDecision("coalition-readiness", dmn);
            DmnDecisionRuleResult result = DMN.evaluateDecisionTable(decision,
                    Map.of("acceptedPartners", partners, "acceptedPartnerTypes", kinds)).getSingleResult();

            assertThat((Boolean) result.getEntry("coalitionReady")).isEqualTo(ready);
            assertThat((String) result.getEntry("readinessReason")).isEqualTo(reason);
        }
    }
}
