package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The coalition is formed: the signing starts. */
@Component("startSigningDelegate")
class StartSigningDelegate implements JavaDelegate {

    private final Signing signing;

    StartSigningDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signing.start(UUID.fromString((String) execution.getVariable(SigningProcess.VAR_ONBOARDING_ID)));
    }
}
