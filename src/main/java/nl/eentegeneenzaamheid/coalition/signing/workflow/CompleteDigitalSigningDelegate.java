package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Sealing;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Signed and sealed: the journey moves on, everyone receives the sealed document. Sets the call's outcome. */
@Component("completeDigitalSigningDelegate")
class CompleteDigitalSigningDelegate implements JavaDelegate {

    private final Sealing sealing;

    CompleteDigitalSigningDelegate(Sealing sealing) {
        this.sealing = sealing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sealing.finish(SigningVariables.onboardingId(execution));
        execution.setVariable(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_SIGNED);
    }
}
