package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the signers who have not answered yet. */
@Component("remindSignersDelegate")
class RemindSignersDelegate implements JavaDelegate {

    private final Envelopes envelopes;

    RemindSignersDelegate(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        envelopes.remind(SigningVariables.onboardingId(execution));
    }
}
