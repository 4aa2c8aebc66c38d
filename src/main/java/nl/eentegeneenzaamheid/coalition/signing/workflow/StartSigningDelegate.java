package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.util.Locale;

import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningMethod;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The coalition is formed: the signing starts, digitally unless staff chose paper. */
@Component("startSigningDelegate")
class StartSigningDelegate implements JavaDelegate {

    private final Signing signing;

    StartSigningDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SigningMethod method = SigningMethod.of((String) execution.getVariable(SigningProcess.VAR_METHOD));
        signing.start(SigningVariables.onboardingId(execution), method);
        execution.setVariable(SigningProcess.VAR_METHOD, method.name().toLowerCase(Locale.ROOT));
    }
}
