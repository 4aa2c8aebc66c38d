package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Tells staff on the decision form what happened: who declined and why, the expiry, or the void. */
@Component("describeSigningSituationListener")
class DescribeSigningSituationListener implements TaskListener {

    private final Envelopes envelopes;

    DescribeSigningSituationListener(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void notify(DelegateTask task) {
        Envelope envelope = envelopes.current(SigningVariables.onboardingId(task)).orElseThrow();
        String signers = envelope.signers().stream()
                .map(s -> "- " + s.organisation() + " (" + s.name() + "): " + switch (s.status()) {
                    case SIGNED -> "getekend";
                    case DECLINED -> "weigert: " + s.declineReason();
                    case SENT -> "nog niet getekend";
                    case WAITING -> "nog niet aan de beurt";
                }).collect(Collectors.joining("\n"));
        String what = switch (envelope.status()) {
            case EXPIRED -> "De termijn is verlopen: " + envelope.signed() + " van " + envelope.signers().size()
                    + " hebben getekend.";
            case VOIDED -> "De envelop is ingetrokken: " + envelope.closedReason();
            default -> envelope.signers().stream().anyMatch(s -> s.status() == SignerStatus.DECLINED)
                    ? "Een ondertekenaar weigert te tekenen." : "Besluit nodig.";
        };
        task.setVariable(SigningProcess.VAR_SITUATION, what + "\n\nEnvelop " + envelope.id() + " (versie "
                + envelope.version() + "):\n" + signers);
    }
}
