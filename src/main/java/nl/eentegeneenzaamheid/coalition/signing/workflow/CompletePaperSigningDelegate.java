package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.platform.camunda.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the paper-signing form to the signing; a refusal refuses the form. Sets the call's outcome. */
@Component("completePaperSigningDelegate")
class CompletePaperSigningDelegate implements JavaDelegate {

    private final Signing signing;

    CompletePaperSigningDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signing.recordPaper(UUID.fromString((String) execution.getVariable(SigningProcess.VAR_ONBOARDING_ID)),
                date((String) execution.getVariable(SigningProcess.VAR_SIGNED_ON)),
                (String) execution.getVariable(SigningProcess.VAR_PLACE),
                (String) execution.getVariable(SigningProcess.VAR_SIGNED_BY),
                EngineUser.of(execution));
        execution.setVariable(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_SIGNED);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The signing date '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
