package nl.eentegeneenzaamheid.coalition.journey.workflow;

/**
 * Names in {@code workflows/municipality-onboarding.bpmn} that code and tests refer to.
 */
public final class OnboardingProcess {

    public static final String KEY = "municipality-onboarding";

    /** Variables: ids and small facts only, never personal data. */
    public static final String VAR_ONBOARDING_ID = "onboardingId";
    public static final String VAR_MUNICIPALITY_CODE = "municipalityCode";
    public static final String VAR_MUNICIPALITY_NAME = "municipalityName";

    /** Element ids. */
    public static final String START = "intent-registered";
    public static final String TASK_REVIEW_INTENT = "review-intent";
    public static final String END = "intent-reviewed";

    public static final String GROUP_STAFF = "programme-staff";

    private OnboardingProcess() {
    }
}
