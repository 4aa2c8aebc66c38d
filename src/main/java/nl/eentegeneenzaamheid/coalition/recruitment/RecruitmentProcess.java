package nl.eentegeneenzaamheid.coalition.recruitment;

/**
 * Names in {@code workflows/partner-recruitment.bpmn}, the recruitment module's part of the journey: the municipality
 * recruits partners until it declares recruitment complete or the deadline passes, the readiness table assesses the
 * coalition and staff decide when it is not ready. Called by {@code municipality-onboarding} with the onboarding id as
 * business key; returns {@link #VAR_OUTCOME} and, when staff chose one on the coalition form,
 * {@link #VAR_SIGNING_METHOD} (mapped out to the journey and on into {@code coalition-signing}).
 */
public final class RecruitmentProcess {

    public static final String KEY = "partner-recruitment";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
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
    /** What the process returns to the journey: {@code ready} (on to signing) or {@code stopped}. */
    public static final String VAR_OUTCOME = "recruitmentOutcome";
    /** Set by the coalition form when staff continue on paper; absent otherwise (digital). */
    public static final String VAR_SIGNING_METHOD = "signingMethod";

    public static final String MESSAGE_RECRUITMENT_COMPLETED = "recruitment-completed";
    public static final String DECISION_READINESS = "coalition-readiness";

    /** Element ids. */
    public static final String START = "recruitment-started";
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
    public static final String END_READY = "coalition-ready";
    public static final String END_STOPPED = "coalition-stopped";

    public static final String GROUP_STAFF = "programme-staff";

    private RecruitmentProcess() {
    }
}
