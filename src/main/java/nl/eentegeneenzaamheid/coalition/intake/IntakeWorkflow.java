package nl.eentegeneenzaamheid.coalition.intake;

import java.util.UUID;

/**
 * The engine, seen from the intake: implemented by the Camunda adapter in {@code intake.workflow}.
 */
public interface IntakeWorkflow {

    /** Tells the waiting journey that the municipality answered, in the caller's transaction. */
    void informationProvided(UUID onboardingId);
}
