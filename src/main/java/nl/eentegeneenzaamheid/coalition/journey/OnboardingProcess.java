package nl.eentegeneenzaamheid.coalition.journey;

/**
 * Names in {@code workflows/municipality-onboarding.bpmn} that code and tests refer to. Plain strings, so that any
 * module's workflow adapter can use them without touching the engine's API here.
 */
public final class OnboardingProcess {

    public static final String KEY = "municipality-onboarding";

    /** Variables: ids and small decisions only, never personal data. */
    public static final String VAR_ONBOARDING_ID = "onboardingId";
    public static final String VAR_MUNICIPALITY_CODE = "municipalityCode";
    public static final String VAR_MUNICIPALITY_NAME = "municipalityName";
    /** The alderman's name, for the staff's forms: a public office holder's, never an address. */
    public static final String VAR_ALDERMAN_NAME = "aldermanName";
    /** Set by the review form: {@code approve}, {@code reject} or {@code request-information}. */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    /** Set by the review form: the reason of a rejection, or the question to the municipality. */
    public static final String VAR_REVIEW_NOTE = "reviewNote";

    /** Set before the readiness decision: small counts, no names. */
    public static final String VAR_ACCEPTED_PARTNERS = "acceptedPartners";
    public static final String VAR_ACCEPTED_PARTNER_TYPES = "acceptedPartnerTypes";
    /** The partners and their status, one per line, for the staff's coalition form: organisations, no people. */
    public static final String VAR_PARTNER_OVERVIEW = "partnerOverview";
    /** The decision table's outcome. */
    public static final String VAR_COALITION_READY = "coalitionReady";
    public static final String VAR_READINESS_REASON = "readinessReason";
    /** Set by the coalition form: {@code continue}, {@code extend} or {@code stop}. */
    public static final String VAR_COALITION_DECISION = "coalitionDecision";
    public static final String VAR_COALITION_NOTE = "coalitionNote";

    public static final String MESSAGE_INFORMATION_PROVIDED = "information-provided";
    public static final String MESSAGE_RECRUITMENT_COMPLETED = "recruitment-completed";
    public static final String DECISION_READINESS = "coalition-readiness";

    /** Element ids. */
    public static final String START = "intent-registered";
    public static final String TASK_REVIEW_INTENT = "review-intent";
    public static final String TASK_RECORD_REVIEW = "record-review";
    public static final String GATEWAY_REVIEW_DECISION = "review-decision";
    public static final String END_REJECTED = "intent-rejected";
    public static final String WAIT_FOR_RECRUITMENT = "recruiting";
    public static final String TIMER_RECRUITMENT_DEADLINE = "recruitment-deadline";
    public static final String TASK_CLOSE_RECRUITMENT = "close-recruitment-at-deadline";
    public static final String TASK_COUNT_PARTNERS = "count-partners";
    public static final String TASK_ASSESS_READINESS = "assess-readiness";
    public static final String TASK_RECORD_ASSESSMENT = "record-assessment";
    public static final String GATEWAY_READY = "coalition-ready-decision";
    public static final String TASK_DECIDE_ON_COALITION = "decide-on-coalition";
    public static final String TASK_RECORD_COALITION_DECISION = "record-coalition-decision";
    public static final String GATEWAY_COALITION_DECISION = "coalition-decision";
    public static final String CALL_SIGNING = "sign-agreement";
    public static final String GATEWAY_SIGNING_OUTCOME = "signing-outcome";
    public static final String END_STOPPED_AT_SIGNING = "stopped-at-signing";
    public static final String END_SIGNED = "coalition-signed";
    public static final String END_STOPPED = "onboarding-stopped";
    public static final String WAIT_FOR_INFORMATION = "wait-for-information";
    public static final String TIMER_INFORMATION_REMINDER = "information-reminder-due";
    public static final String TASK_SEND_INFORMATION_REMINDER = "send-information-reminder";
    public static final String END_INFORMATION_REMINDED = "information-reminded";
    public static final String TIMER_INFORMATION_FOLLOW_UP = "information-follow-up-due";
    public static final String TASK_FOLLOW_UP_INFORMATION = "follow-up-information";
    public static final String END_INFORMATION_FOLLOWED_UP = "information-followed-up";

    public static final String GROUP_STAFF = "programme-staff";

    private OnboardingProcess() {
    }
}
