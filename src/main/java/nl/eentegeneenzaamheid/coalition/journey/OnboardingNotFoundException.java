package nl.eentegeneenzaamheid.coalition.journey;

import java.util.UUID;

public class OnboardingNotFoundException extends RuntimeException {

    public OnboardingNotFoundException(UUID id) {
        super("There is no onboarding with id " + id);
    }
}
