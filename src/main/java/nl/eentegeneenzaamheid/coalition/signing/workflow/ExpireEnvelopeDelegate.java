package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The envelope's term passed. */
@Component("expireEnvelopeDelegate")
class ExpireEnvelopeDelegate implements JavaDelegate {

    private final Envelopes envelopes;

    ExpireEnvelopeDelegate(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        envelopes.expire(SigningVariables.onboardingId(execution));
    }
}
