package nl.eentegeneenzaamheid.coalition.centralteam;

/**
 * Names in {@code workflows/central-team-onboarding.bpmn}, the central team's part of the journey after the agreement
 * is signed: adviser, kickoff, local plan, the alderman's invitation, joined. Called by
 * {@code municipality-onboarding} with the onboarding id as business key.
 */
public final class CentralOnboardingProcess {

    public static final String KEY = "central-team-onboarding";
    public static final String START = "central-team-onboarding-started";

    public static final String VAR_ONBOARDING_ID = "onboardingId";
    /** Set by the advisers' forms. */
    public static final String VAR_ADVISER = "adviser";
    public static final String VAR_KICKOFF_ON = "kickoffOn";
    public static final String VAR_KICKOFF_PLACE = "kickoffPlace";
    /** Whether the alderman was invited to a meeting (false: the journey waits for one). */
    public static final String VAR_ALDERMAN_INVITED = "aldermanInvited";

    /** Whether the local plan came before the kickoff was recorded: the journey then does not wait for it. */
    public static final String VAR_LOCAL_PLAN_RECEIVED = "localPlanReceived";

    public static final String MESSAGE_LOCAL_PLAN_RECEIVED = "local-plan-received";

    public static final String TASK_ASSIGN_ADVISER = "assign-adviser";
    public static final String TASK_RECORD_ADVISER = "record-adviser";
    public static final String TASK_SCHEDULE_KICKOFF = "schedule-kickoff";
    public static final String TASK_RECORD_KICKOFF = "record-kickoff";
    public static final String GATEWAY_LOCAL_PLAN_IN = "local-plan-in";
    public static final String WAIT_FOR_LOCAL_PLAN = "wait-for-local-plan";
    public static final String TIMER_LOCAL_PLAN_REMINDER = "local-plan-reminder-due";
    public static final String TASK_REMIND_LOCAL_PLAN = "remind-local-plan";
    public static final String END_LOCAL_PLAN_REMINDED = "local-plan-reminded";
    public static final String TASK_INVITE_ALDERMAN = "invite-alderman";
    public static final String GATEWAY_MEETING_FOUND = "meeting-found";
    public static final String WAIT_FOR_MEETING = "wait-for-meeting";
    public static final String TASK_COMPLETE = "complete-onboarding";
    public static final String END_JOINED = "municipality-joined";

    public static final String GROUP_ADVISORS = "programme-advisors";

    private CentralOnboardingProcess() {
    }
}
