package nl.eentegeneenzaamheid.coalition.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staff decisions on a stuck envelope as a matrix: every decision against every envelope status, with and without
 * a decline, whether it is allowed and where it takes the envelope. Plain Java: no Spring, no database.
 */
class StaffDecisionPolicyTest {

    /**
     * Each row: an envelope's status, whether a signer declined, then for extend, continue-without, restart, paper and
     * stop where the decision takes the envelope, or "-" where it is refused.
     */
    @ParameterizedTest(name = "{0}, declined {1}: {2} {3} {4} {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN       | true  | OPEN | SUPERSEDED | SUPERSEDED | SUPERSEDED | STOPPED
            OPEN       | false | -    | -          | -          | -          | -
            EXPIRED    | false | OPEN | SUPERSEDED | SUPERSEDED | SUPERSEDED | STOPPED
            EXPIRED    | true  | OPEN | SUPERSEDED | SUPERSEDED | SUPERSEDED | STOPPED
            VOIDED     | false | -    | -          | VOIDED     | VOIDED     | VOIDED
            VOIDED     | true  | -    | -          | VOIDED     | VOIDED     | VOIDED
            COMPLETED  | false | -    | -          | -          | -          | -
            COMPLETED  | true  | -    | -          | -          | -          | -
            SUPERSEDED | false | -    | -          | -          | -          | -
            SUPERSEDED | true  | -    | -          | -          | -          | -
            STOPPED    | false | -    | -          | -          | -          | -
            STOPPED    | true  | -    | -          | -          | -          | -
            """)
    void every_decision_in_every_state(EnvelopeStatus status, boolean declined, String extend, String continueWithout,
                                       String restart, String paper, String stop) {
        Map<SigningDecision, String> expected = new EnumMap<>(Map.of(SigningDecision.EXTEND, extend,
                SigningDecision.CONTINUE_WITHOUT, continueWithout, SigningDecision.RESTART, restart,
                SigningDecision.PAPER, paper, SigningDecision.STOP, stop));
        for (SigningDecision decision : SigningDecision.values()) {
            String outcome = expected.get(decision);
            if ("-".equals(outcome)) {
                assertThat(StaffDecisionPolicy.allowed(status, declined)).as(decision.value()).doesNotContain(decision);
                assertThatThrownBy(() -> StaffDecisionPolicy.require(decision, status, declined))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("'" + decision.value() + "' is not possible for an envelope that is "
                                + status);
            } else {
                assertThat(StaffDecisionPolicy.allowed(status, declined)).as(decision.value()).contains(decision);
                StaffDecisionPolicy.require(decision, status, declined);
                assertThat(StaffDecisionPolicy.outcome(decision, status)).as(decision.value())
                        .isEqualTo(EnvelopeStatus.valueOf(outcome));
            }
        }
    }

    @Test
    void the_matrix_has_every_status_and_every_decision() {
        assertThat(EnumSet.allOf(EnvelopeStatus.class)).hasSize(6);
        assertThat(EnumSet.allOf(SigningDecision.class)).containsExactly(SigningDecision.EXTEND,
                SigningDecision.CONTINUE_WITHOUT, SigningDecision.RESTART, SigningDecision.PAPER, SigningDecision.STOP);
    }

    @Test
    void a_refusal_names_the_decisions_that_may_be_chosen() {
        assertThatThrownBy(() -> StaffDecisionPolicy.require(SigningDecision.EXTEND, EnvelopeStatus.VOIDED, false))
                .hasMessage("'extend' is not possible for an envelope that is VOIDED; choose one of paper, restart, "
                        + "stop");
        assertThatThrownBy(() -> StaffDecisionPolicy.require(SigningDecision.STOP, EnvelopeStatus.OPEN, false))
                .hasMessage("'stop' is not possible for an envelope that is OPEN");
    }

    @Test
    void continuing_without_leaves_out_who_declined_or_after_expiry_who_did_not_sign_never_the_alderman() {
        List<Envelope.Signer> signers = List.of(EnvelopeTest.signer(SignerRole.ALDERMAN, SignerStatus.SIGNED),
                EnvelopeTest.signer(SignerRole.PARTNER, SignerStatus.DECLINED),
                EnvelopeTest.signer(SignerRole.PARTNER, SignerStatus.SENT),
                EnvelopeTest.signer(SignerRole.PARTNER, SignerStatus.SIGNED));
        assertThat(StaffDecisionPolicy.leftOutOfNextVersion(EnvelopeStatus.OPEN, signers))
                .containsExactly(signers.get(1));
        assertThat(StaffDecisionPolicy.leftOutOfNextVersion(EnvelopeStatus.EXPIRED, signers))
                .containsExactly(signers.get(1), signers.get(2));

        List<Envelope.Signer> aldermanDeclined = List.of(EnvelopeTest.signer(SignerRole.ALDERMAN,
                SignerStatus.DECLINED), EnvelopeTest.signer(SignerRole.PARTNER, SignerStatus.SIGNED));
        assertThatThrownBy(() -> StaffDecisionPolicy.leftOutOfNextVersion(EnvelopeStatus.OPEN, aldermanDeclined))
                .hasMessageContaining("alderman");
        List<Envelope.Signer> onlyPartnerDeclined = List.of(EnvelopeTest.signer(SignerRole.ALDERMAN,
                SignerStatus.SIGNED), EnvelopeTest.signer(SignerRole.PARTNER, SignerStatus.DECLINED));
        assertThatThrownBy(() -> StaffDecisionPolicy.leftOutOfNextVersion(EnvelopeStatus.OPEN, onlyPartnerDeclined))
                .hasMessageContaining("at least one partner");
    }
}
