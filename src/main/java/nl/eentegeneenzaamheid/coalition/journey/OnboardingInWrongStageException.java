package nl.eentegeneenzaamheid.coalition.journey;

import java.util.UUID;

/**
 * A step that the onboarding's current stage does not allow, for example answering a question nobody asked.
 */
public class OnboardingInWrongStageException extends RuntimeException {

    private final Stage actual;

    public OnboardingInWrongStageException(UUID id, Stage expected, Stage actual) {
        super("Onboarding " + id + " is in stage " + actual + ", not " + expected + "; this step is not possible now");
        this.actual = actual;
    }

    public Stage actual() {
        return actual;
    }
}
