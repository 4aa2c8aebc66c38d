package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.util.Date;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading and writing the signing process's variables. */
final class SigningVariables {

    private SigningVariables() {
    }

    static UUID onboardingId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(SigningProcess.VAR_ONBOARDING_ID));
    }

    /** The envelope the process now waits on, and when its timer fires. */
    static void envelope(VariableScope scope, Envelope envelope) {
        scope.setVariable(SigningProcess.VAR_ENVELOPE_ID, envelope.id().toString());
        scope.setVariable(SigningProcess.VAR_ENVELOPE_EXPIRES_AT, Date.from(envelope.expiresAt()));
    }
}
