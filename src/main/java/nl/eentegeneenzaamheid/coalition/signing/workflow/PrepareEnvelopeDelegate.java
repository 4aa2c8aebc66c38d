package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Renders the agreement, opens the envelope and sends the first round of links. */
@Component("prepareEnvelopeDelegate")
class PrepareEnvelopeDelegate implements JavaDelegate {

    private final Envelopes envelopes;
    private final SigningProperties properties;

    PrepareEnvelopeDelegate(Envelopes envelopes, SigningProperties properties) {
        this.envelopes = envelopes;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SigningVariables.envelope(execution, envelopes.open(SigningVariables.onboardingId(execution)));
        execution.setVariable(SigningProcess.VAR_REMINDER_CYCLE, properties.reminderCycle());
    }
}
