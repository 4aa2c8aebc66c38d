package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Sealing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Seals the completed envelope's final document (a job: retried, then an incident). */
@Component("sealAgreementDelegate")
class SealAgreementDelegate implements JavaDelegate {

    private final Sealing sealing;

    SealAgreementDelegate(Sealing sealing) {
        this.sealing = sealing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sealing.seal(SigningVariables.onboardingId(execution));
    }
}
