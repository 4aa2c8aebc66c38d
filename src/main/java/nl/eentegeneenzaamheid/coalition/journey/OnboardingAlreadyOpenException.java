package nl.eentegeneenzaamheid.coalition.journey;

import java.util.UUID;

/**
 * A municipality has one open journey at a time: a second intent is refused and points at the first.
 */
public class OnboardingAlreadyOpenException extends RuntimeException {

    private final String municipalityCode;
    private final UUID existingOnboardingId;

    public OnboardingAlreadyOpenException(String municipalityCode, UUID existingOnboardingId) {
        super("Municipality " + municipalityCode + " already has an onboarding in progress ("
                + existingOnboardingId + "); continue that one instead of declaring a new intent");
        this.municipalityCode = municipalityCode;
        this.existingOnboardingId = existingOnboardingId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public UUID existingOnboardingId() {
        return existingOnboardingId;
    }
}
