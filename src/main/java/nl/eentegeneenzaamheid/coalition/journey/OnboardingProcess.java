package nl.eentegeneenzaamheid.coalition.journey;

/**
 * Names in {@code workflows/municipality-onboarding.bpmn}, the journey from intent to joined. The journey module owns
 * it; each part is a process of the module that owns that part, called with the onboarding id as business key:
 * {@code intent-review} (intake), {@code partner-recruitment} (recruitment), {@code coalition-signing} (signing),
 * {@code central-team-onboarding} (centralteam). Plain strings, so that tests and the workflow adapter can use them
 * without touching the engine's API here.
 */
public final class OnboardingProcess {

    public static final String KEY = "municipality-onboarding";

    /**
     * Variables: ids and small decisions only, never personal data. Passed on (all of them) to intent-review,
     * partner-recruitment and central-team-onboarding; coalition-signing gets only the onboarding id, the
     * municipality's name and the signing method.
     */
    public static final String VAR_ONBOARDING_ID = "onboardingId";
    public static final String VAR_MUNICIPALITY_CODE = "municipalityCode";
    public static final String VAR_MUNICIPALITY_NAME = "municipalityName";
    /** The alderman's name, for the staff's forms: a public office holder's, never an address. */
    public static final String VAR_ALDERMAN_NAME = "aldermanName";
    /** Returned by {@code intent-review}: {@code approve} or {@code reject}. */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    /** Returned by {@code partner-recruitment}: {@code ready} or {@code stopped}. */
    public static final String VAR_RECRUITMENT_OUTCOME = "recruitmentOutcome";
    /** Returned by {@code coalition-signing}: {@code signed} or {@code stopped}. */
    public static final String VAR_SIGNING_OUTCOME = "signingOutcome";

    /** Element ids. */
    public static final String START = "intent-registered";
    public static final String CALL_REVIEW = "review";
    public static final String GATEWAY_REVIEW_OUTCOME = "review-outcome";
    public static final String END_REJECTED = "intent-rejected";
    public static final String CALL_RECRUITMENT = "recruitment";
    public static final String GATEWAY_RECRUITMENT_OUTCOME = "recruitment-outcome";
    public static final String END_STOPPED = "onboarding-stopped";
    public static final String CALL_SIGNING = "sign-agreement";
    public static final String GATEWAY_SIGNING_OUTCOME = "signing-outcome";
    public static final String END_STOPPED_AT_SIGNING = "stopped-at-signing";
    public static final String CALL_CENTRAL_TEAM = "central-team";
    public static final String END_JOINED = "municipality-joined";

    private OnboardingProcess() {
    }
}
