package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SigningDecision;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Carries out staff's decision; a decision that does not fit refuses the form (the task stays open, nothing changes).
 */
@Component("applySigningDecisionDelegate")
class ApplySigningDecisionDelegate implements JavaDelegate {

    private final Envelopes envelopes;

    ApplySigningDecisionDelegate(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SigningDecision decision = SigningDecision.of((String) execution.getVariable(SigningProcess.VAR_DECISION));
        Envelope envelope = envelopes.decide(SigningVariables.onboardingId(execution), decision,
                (String) execution.getVariable(SigningProcess.VAR_NOTE), EngineUser.of(execution));
        switch (decision) {
            case EXTEND, CONTINUE_WITHOUT, RESTART -> SigningVariables.envelope(execution, envelope);
            case STOP -> execution.setVariable(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_STOPPED);
            case PAPER -> execution.setVariable(SigningProcess.VAR_METHOD, "paper");
            default -> throw new IllegalStateException("Unhandled decision " + decision);
        }
    }
}
