package nl.eentegeneenzaamheid.coalition.signing.workflow;

import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
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
        task.setVariable(SigningProcess.VAR_SITUATION, envelopes.situation(SigningVariables.onboardingId(task)));
    }
}
