package nl.eentegeneenzaamheid.coalition.recruitment;

/**
 * Names in {@code workflows/partner-invitation.bpmn} that code and tests refer to.
 */
public final class InvitationProcess {

    public static final String KEY = "partner-invitation";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
    public static final String VAR_INVITATION_ID = "invitationId";
    public static final String VAR_ORGANISATION_NAME = "organisationName";

    public static final String MESSAGE_ACCEPTED = "invitation-accepted";
    public static final String MESSAGE_DECLINED = "invitation-declined";
    public static final String MESSAGE_WITHDRAWN = "invitation-withdrawn";

    public static final String START = "invitation-sent";
    public static final String WAIT_FOR_ANSWER = "wait-for-answer";
    public static final String END_ACCEPTED = "partner-accepted";
    public static final String BOUNDARY_DECLINED = "answer-declined";
    public static final String END_DECLINED = "partner-declined";
    public static final String BOUNDARY_WITHDRAWN = "invitation-withdrawn-by-staff";
    public static final String END_WITHDRAWN = "invitation-withdrawn";
    public static final String TIMER_REMINDER = "reminder-due";
    public static final String TASK_REMIND = "remind-partner";
    public static final String END_REMINDED = "partner-reminded";
    public static final String TIMER_EXPIRY = "invitation-expires";
    public static final String TASK_EXPIRE = "expire-invitation";
    public static final String END_EXPIRED = "invitation-expired";

    private InvitationProcess() {
    }
}
