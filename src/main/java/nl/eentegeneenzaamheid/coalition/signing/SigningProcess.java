package nl.eentegeneenzaamheid.coalition.signing;

/**
 * Names in {@code workflows/coalition-signing.bpmn}, the call activity's contract: in, the onboarding id (the
 * signatories are the alderman and each accepted partner's signer, read from the onboarding); out,
 * {@code signingOutcome}.
 */
public final class SigningProcess {

    public static final String KEY = "coalition-signing";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
    /** Out: {@code signed} (the digital path will add {@code declined} and {@code expired}). */
    public static final String VAR_OUTCOME = "signingOutcome";
    /** Set by the paper-signing form. */
    public static final String VAR_SIGNED_ON = "signedOn";
    public static final String VAR_PLACE = "signingPlace";
    public static final String VAR_SIGNED_BY = "signedBy";

    public static final String START = "signing-requested";
    public static final String TASK_START_SIGNING = "start-signing";
    public static final String TASK_RECORD_PAPER_SIGNING = "record-paper-signing";
    public static final String TASK_COMPLETE_PAPER_SIGNING = "complete-paper-signing";
    public static final String END_SIGNED = "agreement-signed";

    private SigningProcess() {
    }
}
