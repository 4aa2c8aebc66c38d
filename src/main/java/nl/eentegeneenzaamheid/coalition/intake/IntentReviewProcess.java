package nl.eentegeneenzaamheid.coalition.intake;

/**
 * Names in {@code workflows/intent-review.bpmn}, the intake module's part of the journey: programme staff review an
 * intent, ask the municipality for more information, approve or reject it. Called by {@code municipality-onboarding}
 * with the onboarding id as business key; returns {@link #VAR_REVIEW_DECISION}. Plain strings, so that tests and the
 * workflow adapter can use them without touching the engine's API here.
 */
public final class IntentReviewProcess {

    public static final String KEY = "intent-review";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
    /** Set by the review form: {@code approve}, {@code reject} or {@code request-information}. */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    /** Set by the review form: the reason of a rejection, or the question to the municipality. */
    public static final String VAR_REVIEW_NOTE = "reviewNote";

    public static final String MESSAGE_INFORMATION_PROVIDED = "information-provided";

    /** Element ids. */
    public static final String START = "intent-review-started";
    public static final String TASK_REVIEW_INTENT = "review-intent";
    public static final String TASK_RECORD_REVIEW = "record-review";
    public static final String GATEWAY_REVIEW_DECISION = "review-decision";
    public static final String END_APPROVED = "intent-approved";
    public static final String END_REJECTED = "intent-rejected";
    public static final String WAIT_FOR_INFORMATION = "wait-for-information";
    public static final String TIMER_INFORMATION_REMINDER = "information-reminder-due";
    public static final String TASK_SEND_INFORMATION_REMINDER = "send-information-reminder";
    public static final String END_INFORMATION_REMINDED = "information-reminded";
    public static final String TIMER_INFORMATION_FOLLOW_UP = "information-follow-up-due";
    public static final String TASK_FOLLOW_UP_INFORMATION = "follow-up-information";
    public static final String END_INFORMATION_FOLLOWED_UP = "information-followed-up";

    public static final String GROUP_STAFF = "programme-staff";

    private IntentReviewProcess() {
    }
}
