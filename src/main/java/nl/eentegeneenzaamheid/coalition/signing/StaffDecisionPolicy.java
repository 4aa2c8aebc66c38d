package nl.eentegeneenzaamheid.coalition.signing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff decisions on a stuck envelope, as a policy: which decisions are allowed in which state, and where each
 * takes the envelope. An envelope is stuck when a signer declined (it stays open), when its term passed, or when staff
 * voided it; an open envelope nobody declined, and a completed, replaced or stopped one, allow no decision.
 *
 * <pre>
 *   status                   extend  continue-without  restart     paper       stop
 *   OPEN, someone declined   OPEN    SUPERSEDED        SUPERSEDED  SUPERSEDED  STOPPED
 *   EXPIRED                  OPEN    SUPERSEDED        SUPERSEDED  SUPERSEDED  STOPPED
 *   VOIDED                   -       -                 VOIDED      VOIDED      VOIDED
 *   any other                -       -                 -           -           -
 * </pre>
 * A voided envelope stays voided: its void is what the trail and the signers were told.
 */
final class StaffDecisionPolicy {

    private StaffDecisionPolicy() {
    }

    /** The decisions staff may take about an envelope that is {@code status}. */
    static Set<SigningDecision> allowed(EnvelopeStatus status, boolean someoneDeclined) {
        return switch (status) {
            case EXPIRED -> EnumSet.allOf(SigningDecision.class);
            case OPEN -> someoneDeclined ? EnumSet.allOf(SigningDecision.class) : EnumSet.noneOf(SigningDecision.class);
            case VOIDED -> EnumSet.of(SigningDecision.RESTART, SigningDecision.PAPER, SigningDecision.STOP);
            case COMPLETED, SUPERSEDED, STOPPED -> EnumSet.noneOf(SigningDecision.class);
        };
    }

    /**
     * Refuses a decision that does not fit.
     *
     * @throws IllegalArgumentException naming what may be chosen instead
     */
    static void require(SigningDecision decision, EnvelopeStatus status, boolean someoneDeclined) {
        Set<SigningDecision> allowed = allowed(status, someoneDeclined);
        if (!allowed.contains(decision)) {
            throw new IllegalArgumentException("'" + decision.value() + "' is not possible for an envelope that is "
                    + status + (allowed.isEmpty() ? "" : "; choose one of " + allowed.stream()
                    .map(SigningDecision::value).sorted().collect(Collectors.joining(", "))));
        }
    }

    /** Where an allowed decision takes the envelope (a new version or the paper path follow outside it). */
    static EnvelopeStatus outcome(SigningDecision decision, EnvelopeStatus status) {
        if (status == EnvelopeStatus.VOIDED) {
            return EnvelopeStatus.VOIDED;
        }
        return switch (decision) {
            case EXTEND -> EnvelopeStatus.OPEN;
            case CONTINUE_WITHOUT, RESTART, PAPER -> EnvelopeStatus.SUPERSEDED;
            case STOP -> EnvelopeStatus.STOPPED;
        };
    }

    /**
     * Who a {@link SigningDecision#CONTINUE_WITHOUT} leaves out of the next version: those who declined; after expiry,
     * everyone who did not sign.
     *
     * @throws IllegalArgumentException when the alderman would be left out, or no partner would be left
     */
    static List<Envelope.Signer> leftOutOfNextVersion(EnvelopeStatus status, List<Envelope.Signer> signers) {
        Set<SignerStatus> missing = status == EnvelopeStatus.EXPIRED
                ? EnumSet.of(SignerStatus.WAITING, SignerStatus.SENT, SignerStatus.DECLINED)
                : EnumSet.of(SignerStatus.DECLINED);
        List<Envelope.Signer> leftOut = signers.stream().filter(s -> missing.contains(s.status())).toList();
        if (leftOut.stream().anyMatch(s -> s.role() == SignerRole.ALDERMAN)) {
            throw new IllegalArgumentException("The municipality's alderman has not signed: the coalition cannot go "
                    + "on without the municipality. Extend, restart, sign on paper or stop.");
        }
        if (signers.stream().filter(s -> !leftOut.contains(s)).noneMatch(s -> s.role() == SignerRole.PARTNER)) {
            throw new IllegalArgumentException("No partner would be left to sign: a coalition needs at least one "
                    + "partner. Extend, restart, sign on paper or stop.");
        }
        return leftOut;
    }
}
