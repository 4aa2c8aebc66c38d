package nl.eentegeneenzaamheid.coalition.journey;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.municipality.Municipality;

/**
 * The engine that steers a journey, seen from the journey: implemented by the Camunda adapter, so that the engine
 * can be replaced without touching the domain.
 */
public interface OnboardingWorkflow {

    /** Starts the journey's process, in the caller's transaction, with the onboarding id as its business key. */
    void start(UUID onboardingId, Municipality municipality, String aldermanName);
}
