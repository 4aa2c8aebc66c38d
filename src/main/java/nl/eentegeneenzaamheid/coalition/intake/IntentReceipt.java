package nl.eentegeneenzaamheid.coalition.intake;

import java.util.UUID;

/**
 * What the intake answers.
 *
 * @param onboardingId     the journey that the intent began
 * @param municipalityCode the municipality
 * @param replayed         true when this was a retry of a request already handled: nothing new happened
 */
public record IntentReceipt(UUID onboardingId, String municipalityCode, boolean replayed) {
}
