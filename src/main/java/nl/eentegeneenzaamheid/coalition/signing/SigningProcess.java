package nl.eentegeneenzaamheid.coalition.signing;

/**
 * Names in {@code workflows/coalition-signing.bpmn}, the call activity's contract: in, the onboarding id, the
 * municipality's name and (optionally) the signing method; out, {@code signingOutcome}.
 */
public final class SigningProcess {

    public static final String KEY = "coalition-signing";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
    /** In: {@code digital} (the default when missing) or {@code paper}. */
    public static final String VAR_METHOD = "signingMethod";
    /** Out: {@code signed} or {@code stopped}. */
    public static final String VAR_OUTCOME = "signingOutcome";
    public static final String OUTCOME_SIGNED = "signed";
    public static final String OUTCOME_STOPPED = "stopped";
    /** Set by the paper-signing form. */
    public static final String VAR_SIGNED_ON = "signedOn";
    public static final String VAR_PLACE = "signingPlace";
    public static final String VAR_SIGNED_BY = "signedBy";
    /** The current envelope, its expiry (a date, for the timer) and the reminder cycle. */
    public static final String VAR_ENVELOPE_ID = "envelopeId";
    public static final String VAR_ENVELOPE_EXPIRES_AT = "envelopeExpiresAt";
    public static final String VAR_REMINDER_CYCLE = "signingReminderCycle";
    /** Set by the decision form: see {@link SigningDecision}; the note is required to stop. */
    public static final String VAR_DECISION = "signingDecision";
    public static final String VAR_NOTE = "signingNote";
    /** What staff see on the decision form: what happened. */
    public static final String VAR_SITUATION = "signingSituation";

    public static final String MESSAGE_COMPLETED = "envelope-completed";
    public static final String MESSAGE_DECLINED = "signature-declined";
    public static final String MESSAGE_VOIDED = "envelope-voided";

    public static final String START = "signing-requested";
    public static final String TASK_START_SIGNING = "start-signing";
    public static final String GATEWAY_METHOD = "signing-method";
    public static final String TASK_PREPARE_ENVELOPE = "prepare-envelope";
    public static final String WAIT_FOR_SIGNATURES = "await-signatures";
    public static final String TIMER_REMINDER = "reminder-due";
    public static final String TASK_REMIND = "remind-signers";
    public static final String END_REMINDED = "signers-reminded";
    public static final String EVENT_DECLINED = "signature-declined";
    public static final String TIMER_EXPIRY = "envelope-expired";
    public static final String TASK_EXPIRE = "expire-envelope";
    public static final String EVENT_VOIDED = "envelope-voided";
    public static final String TASK_DECIDE = "decide-on-signing";
    public static final String TASK_APPLY_DECISION = "apply-signing-decision";
    public static final String GATEWAY_DECISION = "signing-decision";
    public static final String END_STOPPED = "signing-stopped";
    public static final String TASK_SEAL = "seal-agreement";
    public static final String TASK_COMPLETE_DIGITAL = "complete-digital-signing";
    public static final String END_SIGNED_DIGITALLY = "agreement-signed-digitally";
    public static final String TASK_RECORD_PAPER_SIGNING = "record-paper-signing";
    public static final String TASK_COMPLETE_PAPER_SIGNING = "complete-paper-signing";
    public static final String END_SIGNED = "agreement-signed";

    private SigningProcess() {
    }
}
