package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.util.UUID;

/** What the signing tells its process ({@code coalition-signing}); implemented by the Camunda adapter. */
public interface SigningWorkflow {

    /** Everyone signed: the process seals the document. */
    void envelopeCompleted(UUID onboardingId);

    /** A signer declined: staff decide (ignored when staff are already deciding). */
    void signatureDeclined(UUID onboardingId);

    /** Staff voided the envelope: staff decide (ignored when staff are already deciding). */
    void envelopeVoided(UUID onboardingId);

    /** Whether the job that seals the onboarding's agreement has failed for good (an incident staff must resolve). */
    boolean sealingFailed(UUID onboardingId);
}
