package nl.eentegeneenzaamheid.coalition.centralteam;

import java.util.UUID;

/** The engine, seen from the central onboarding: implemented in {@code onboarding.workflow}. */
public interface CentralOnboardingWorkflow {

    /** Tells the waiting journey that the local plan is in, in the caller's transaction. */
    void localPlanReceived(UUID onboardingId);
}
