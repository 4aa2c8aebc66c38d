package nl.eentegeneenzaamheid.coalition.meetings;

/** Names of {@code workflows/aldermen-meeting.bpmn}. */
public final class MeetingProcess {

    public static final String KEY = "aldermen-meeting";
    public static final String VAR_MEETING_ID = "meetingId";
    /** How many selected municipalities nobody can be reached at (the address task's gateway). */
    public static final String VAR_UNADDRESSED = "unaddressed";
    /** The attendance form's options and answer, and the follow-up's choice. */
    public static final String VAR_REGISTRATIONS = "registrations";
    public static final String VAR_ATTENDED = "attended";
    public static final String VAR_FOLLOW_UP = "followUp";
    /** The invitations to follow up (ids), the follow-up task's collection. */
    public static final String VAR_FOLLOW_UPS = "followUps";
    public static final String VAR_FOLLOW_UP_INVITATION = "followUpInvitation";

    public static final String MESSAGE_RESCHEDULED = "aldermen-meeting-rescheduled";
    public static final String MESSAGE_CANCELLED = "aldermen-meeting-cancelled";
    /**
     * Lets a journey that waits for a meeting go on: {@code wait-for-meeting} in {@code central-team-onboarding}
     * (version 6 of {@code municipality-onboarding} waits inline). Sent by this module, by business key.
     */
    public static final String MESSAGE_MEETING_AVAILABLE = "aldermen-meeting-available";

    public static final String TASK_COMPLETE_ADDRESSES = "complete-addresses";
    public static final String TASK_RECORD_ATTENDANCE = "record-attendance";
    public static final String TASK_FOLLOW_UP = "follow-up-municipality";
    public static final String TIMER_WEEK_BEFORE = "week-before";
    public static final String TIMER_DAY_BEFORE = "day-before";
    public static final String TIMER_MEETING_ENDS = "meeting-ends";

    public static final String GROUP_STAFF = "programme-staff";

    private MeetingProcess() {
    }
}
