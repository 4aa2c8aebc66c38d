package nl.eentegeneenzaamheid.coalition.meetings;

import java.util.UUID;

/** What the meetings module asks of the process engine (implemented in {@code meetings.workflow}). */
public interface MeetingWorkflow {

    /** Starts the meeting's {@code aldermen-meeting} process (business key: the meeting id). */
    void start(UUID meetingId);

    /** The meeting moved: the process plans its reminders and its end again. */
    void rescheduled(UUID meetingId);

    /** The meeting is cancelled: the process ends. */
    void cancelled(UUID meetingId);

    /**
     * A meeting the journey waited for is scheduled (and committed): its "invite the alderman" step goes on, in the
     * caller's transaction.
     */
    void meetingAvailable(UUID onboardingId);
}
